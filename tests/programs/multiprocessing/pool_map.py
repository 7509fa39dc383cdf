# Pool: map, starmap, apply, apply_async with callbacks, imap, imap_unordered, chunksize.
import multiprocessing as mp

def square(x):
    return x * x

def add(a, b):
    return a + b

def fail_on(x):
    if x == 3:
        raise ValueError('bad input %d' % x)
    return x

if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(20), chunksize=3))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(pool.apply(add, (10, 20)))
        print(pool.apply(add, (), {'a': 1, 'b': 2}))
        got = []
        r = pool.apply_async(square, (9,), callback=got.append)
        print(r.get(timeout=60), r.ready(), r.successful())
        print(got)
        errs = []
        r = pool.apply_async(fail_on, (3,), error_callback=lambda e: errs.append(repr(e)))
        try:
            r.get(timeout=60)
        except ValueError as e:
            print('ValueError', e)
        print(errs, r.successful())
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(8))))
        try:
            pool.map(fail_on, range(6))
        except ValueError as e:
            print('map ValueError', e)
        m = pool.map_async(square, [1, 2, 3], callback=lambda v: print('map callback', v))
        m.wait(60)
        print(m.get())
        print(pool.map(square, []))
    pool = mp.Pool(processes=2)
    print(pool.map(abs, [-1, -2]))
    pool.close()
    pool.join()
    try:
        pool.map(abs, [1])
    except ValueError as e:
        print('ValueError', e)
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError', e)
