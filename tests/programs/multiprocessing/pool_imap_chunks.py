# Pool: imap/imap_unordered/map/starmap with chunksize, map_async/starmap_async results,
# IMapIterator.next(timeout), the chunksize and process-count errors, initializer and
# maxtasksperchild (every worker replaced after one task still runs all the tasks).
import multiprocessing as mp
import os


def sq(x):
    return x * x


def init(v):
    global G
    G = v


def getg(x):
    return (G, x)


def pid_of(x):
    return os.getpid()


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        print(list(pool.imap(sq, range(10), chunksize=3)))
        print(sorted(pool.imap_unordered(sq, range(10), chunksize=4)))
        print(pool.map(sq, [], chunksize=2), list(pool.imap(sq, [], chunksize=5)))
        print(pool.starmap(pow, [(2, 3), (3, 2)], chunksize=1))
        r = pool.map_async(sq, range(5), chunksize=2)
        print(r.get(timeout=60), r.ready(), r.successful())
        print(pool.starmap_async(pow, [(2, 5)]).get(timeout=60))
        it = pool.imap(sq, range(3))
        print(next(it), it.next(timeout=60), next(it))
        try:
            next(it)
        except StopIteration:
            print('StopIteration')
        try:
            pool.imap(sq, range(3), chunksize=0)
        except ValueError as e:
            print('ValueError:', e)
    with mp.Pool(1, initializer=init, initargs=(5,)) as pool:
        print(pool.map(getg, range(3)))
    with mp.Pool(2, maxtasksperchild=1) as pool:
        pids = pool.map(pid_of, range(4), chunksize=1)
        print(len(pids), len(set(pids)) == 4)
    for bad in (0, -1):
        try:
            mp.Pool(bad)
        except ValueError as e:
            print('ValueError:', e)
    try:
        mp.Pool(1, maxtasksperchild=0)
    except ValueError as e:
        print('ValueError:', e)
    try:
        mp.Pool(1, initializer=5)
    except TypeError as e:
        print('TypeError:', e)
