# A Barrier shared by two children and the parent; Value counts arrivals.
import multiprocessing as mp

def arrive(barrier, arrived, q, tag):
    with arrived.get_lock():
        arrived.value += 1
    idx = barrier.wait(60)
    q.put((tag, arrived.value))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    barrier = mp.Barrier(3)
    arrived = mp.Value('i', 0)
    q = mp.Queue()
    ps = [mp.Process(target=arrive, args=(barrier, arrived, q, t)) for t in ('a', 'b')]
    for p in ps: p.start()
    barrier.wait(60)
    print(sorted(q.get(timeout=60) for _ in ps))
    for p in ps: p.join()
    print(barrier.parties, barrier.n_waiting, barrier.broken, [p.exitcode for p in ps])
