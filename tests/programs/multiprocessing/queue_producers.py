# Two producer processes and the parent as consumer; items from both arrive complete.
import multiprocessing as mp

def produce(q, tag, n):
    for i in range(n):
        q.put((tag, i))
    q.put((tag, 'done'))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    ps = [mp.Process(target=produce, args=(q, t, 50)) for t in ('x', 'y')]
    for p in ps: p.start()
    seen = {'x': [], 'y': []}
    finished = 0
    while finished < 2:
        tag, i = q.get(timeout=60)
        if i == 'done':
            finished += 1
        else:
            seen[tag].append(i)
    for p in ps: p.join()
    print(seen['x'] == list(range(50)), seen['y'] == list(range(50)), q.empty())
