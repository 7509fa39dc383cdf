# Queue between processes: producers and consumers, sentinels, empty/timeout behaviour.
import multiprocessing as mp
import queue

def producer(q, start, n):
    for i in range(start, start + n):
        q.put(i * i)
    q.put(None)

def consumer(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.put(('total', total))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 0, 10))
    p.start()
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
    p.join()
    print(got, p.exitcode)

    work = mp.Queue()
    results = mp.Queue()
    c = mp.Process(target=consumer, args=(work, results))
    c.start()
    for i in range(100):
        work.put(i)
    work.put(None)
    print(results.get(timeout=60))
    c.join()
    print('consumer exit', c.exitcode)

    e = mp.Queue()
    print(e.empty())
    try:
        e.get(timeout=0.05)
    except queue.Empty:
        print('Empty after timeout')
    try:
        e.get_nowait()
    except queue.Empty:
        print('Empty (nowait)')
    e.put({'k': [1, 2]})
    print(e.get(timeout=5))
    b = mp.Queue(maxsize=1)
    b.put(1)
    try:
        b.put(2, timeout=0.05)
    except queue.Full:
        print('Full')
    print(b.get(), b.full())
    b.close()
    try:
        b.put(3)
    except ValueError as err:
        print('ValueError', str(err).split(' <')[0], str(err).endswith('is closed'))
