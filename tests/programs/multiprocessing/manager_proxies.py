# Manager proxies' less common methods: dict/list proxy methods and errors, Value/Array, Event,
# Lock/RLock/Semaphore/Condition/Barrier/JoinableQueue proxies, and a Pool served by the manager
# (apply_async/map_async results and imap iterators are proxies of objects kept in the server).
import multiprocessing as mp

def work(d, l, ns, q):
    d['child'] = 1
    l.append(5)
    ns.y = 2
    q.put('from child')

if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict(a=1, b=2)
        l = m.list([3, 1, 2])
        ns = m.Namespace(x=1)
        q = m.Queue()
        p = mp.Process(target=work, args=(d, l, ns, q)); p.start(); p.join()
        print(sorted(d.items()), list(l), ns.x, ns.y, q.get())
        print(len(d), 'a' in d, d.get('zz', 5), d.setdefault('s', 9), d.pop('s'), sorted(d.keys()))
        d.update({'u': 1}, v=2); print(sorted(d.values()))
        print(d.popitem() if False else '', sorted(dict(d.copy()).items()))
        d['k'] = [1]; print(d['k'])
        try: d['missing']
        except KeyError as e: print('KeyError', e)
        l.sort(); print(l[:], l[0], l[-1], len(l), l.count(1), l.index(2))
        l.reverse(); print(list(l)); l.extend([7, 8]); l.insert(0, 0); l.remove(7); print(l.pop(), list(l))
        l += [9]; print(list(l)); l *= 2; print(len(l))
        l[0] = 'z'; del l[1]; print(list(l)[:3], 'z' in l)
        print(list(reversed(l))[:2])
        try: l[100]
        except IndexError as e: print('IndexError', e)
        try: l.remove(12345)
        except ValueError as e: print('ValueError', e)
        print(str(l)[:6], repr(ns)[:9])
        print(l + [1] == list(l) + [1])
        v = m.Value('i', 3); v.value += 1; print(v.value, v.get())
        a = m.Array('i', [1, 2, 3]); print(list(a), len(a), a[1])
        ev = m.Event(); print(ev.is_set()); ev.set(); print(ev.wait(1))
        lk = m.Lock(); print(lk.acquire(), lk.release()); 
        with m.RLock(): print('rlock')
        s = m.Semaphore(2); print(s.acquire(timeout=1))
        b = m.BoundedSemaphore(1); b.acquire(); b.release()
        c = m.Condition()
        with c: print(c.wait(0.01), c.notify(), c.notify_all())
        br = m.Barrier(1); print(br.wait(), br.parties, br.n_waiting, br.broken)
        jq = m.JoinableQueue(); jq.put(1); print(jq.get(), jq.task_done(), jq.join(), jq.qsize(), jq.empty())
        q2 = m.Queue(1); q2.put(1); print(q2.full())
        import queue
        try: q2.put(2, timeout=0.01)
        except queue.Full: print('Full')
        try: m.Queue().get_nowait()
        except queue.Empty: print('Empty')
        dd = m.dict(); dd['x'] = 1; print(dd == {'x': 1} , dict(dd))
        p = m.Pool(2); print(p.map(abs, [-1, -2])); p.close(); p.join()
        print(type(d).__name__, type(l).__name__, type(ns).__name__)
        with m.Pool(2) as pp:
            r = pp.apply_async(abs, (-3,)); print(type(r).__name__, r.get(timeout=30), r.ready(), r.successful())
            print(list(pp.imap(abs, [-1, -2, -3])), sorted(pp.imap_unordered(abs, [-4, -5])))
            print(pp.map_async(abs, [-6]).get(timeout=30), pp.starmap(pow, [(2, 2)]), pp.apply(abs, (-7,)))
