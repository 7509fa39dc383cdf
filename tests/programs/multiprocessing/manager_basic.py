# Manager: dict, list, Namespace, Value, Lock and Queue proxies shared with children.
import multiprocessing as mp

def update(d, l, ns, v, lock, q, tag):
    with lock:
        d[tag] = len(tag)
        l.append(tag)
        ns.count = ns.count + 1
        v.value = v.value + 10
    q.put('done ' + tag)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Manager() as manager:
        d = manager.dict()
        l = manager.list([0])
        ns = manager.Namespace()
        ns.count = 0
        v = manager.Value('i', 5)
        lock = manager.Lock()
        q = manager.Queue()
        ps = [mp.Process(target=update, args=(d, l, ns, v, lock, q, tag)) for tag in ('ab', 'cde')]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(q.get(timeout=60) for _ in ps))
        print(sorted(d.items()), sorted(l[1:]), l[0], len(l), ns.count, v.value)
        d['x'] = [1, 2]
        print(d['x'], 'x' in d, d.get('missing', 'default'), len(d))
        l.extend([7, 8])
        l[0] = -1
        print(l[0], l[-1], 7 in l, sorted(d.keys()))
        print(str(d) == str(dict(d.items())), str(l) == str(list(l)), len(str(l)))
        try:
            d['missing']
        except KeyError as e:
            print('KeyError', e)
        ns.name = 'spam'
        print(ns.name, ns.count)
        print(q.empty(), lock.acquire(), lock.release())
