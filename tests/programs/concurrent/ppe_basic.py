# ProcessPoolExecutor: submit, map, as_completed, wait, exceptions from workers, shutdown.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED
import multiprocessing as mp

def cube(x):
    return x ** 3

def divide(a, b):
    return a / b

def whoami(_):
    return mp.current_process().name

if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        f = ex.submit(cube, 3)
        print(f.result(timeout=60))
        print(list(ex.map(cube, range(6))))
        print(list(ex.map(divide, [1, 9], [2, 3])))
        futs = [ex.submit(cube, i) for i in range(5)]
        print(sorted(f.result() for f in as_completed(futs, timeout=60)))
        done, not_done = wait(futs, timeout=60, return_when=ALL_COMPLETED)
        print(len(done), len(not_done))
        bad = ex.submit(divide, 1, 0)
        try:
            bad.result(timeout=60)
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e)
        print(type(bad.exception()).__name__)
        print(all(n.startswith('SpawnProcess-') for n in ex.map(whoami, range(4))))
        try:
            list(ex.map(cube, [1], chunksize=0))
        except ValueError as e:
            print('ValueError', e)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        ProcessPoolExecutor(0)
    except ValueError as e:
        print('ValueError', e)
