# ProcessPoolExecutor: initializer/initargs run in every worker, max_tasks_per_child replaces a
# worker after its tasks (one task each: every call runs in a new process), map's chunksize, and
# the argument errors.
from concurrent.futures import ProcessPoolExecutor
import os


def init(v):
    global G
    G = v


def getg(x):
    return (G, x)


def pid_of(x):
    return os.getpid()


def sq(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(2, initializer=init, initargs=(7,)) as ex:
        print(list(ex.map(getg, range(5), chunksize=2)))
    with ProcessPoolExecutor(1, max_tasks_per_child=1) as ex:
        pids = [ex.submit(pid_of, i).result() for i in range(3)]
        print(len(set(pids)), os.getpid() not in pids)
    with ProcessPoolExecutor(2, max_tasks_per_child=3) as ex:
        print(list(ex.map(sq, range(8), chunksize=3)))
    for kwargs in ({'max_workers': 0}, {'max_workers': -2}, {'max_tasks_per_child': 0},
                   {'max_tasks_per_child': 1.5}, {'initializer': 3}):
        try:
            ProcessPoolExecutor(**kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    ex = ProcessPoolExecutor(1)
    ex.shutdown()
    try:
        ex.submit(sq, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    with ProcessPoolExecutor(1) as ex:
        f = ex.submit(sq, 3)
        print(f.result(), f.done(), f.exception())
        try:
            list(ex.map(sq, range(3), chunksize=0))
        except ValueError as e:
            print('ValueError:', e)
