# Value and Array in shared memory, updated by children under their lock.
import multiprocessing as mp

def add_many(counter, arr, n):
    for i in range(n):
        with counter.get_lock():
            counter.value += 1
    for i in range(len(arr)):
        with arr.get_lock():
            arr[i] = arr[i] + i

def fill(raw, value):
    raw.value = value

if __name__ == '__main__':
    mp.set_start_method('spawn')
    counter = mp.Value('i', 0)
    arr = mp.Array('d', [0.5] * 5)
    ps = [mp.Process(target=add_many, args=(counter, arr, 200)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(counter.value, arr[:])
    raw = mp.RawValue('d', 1.0)
    p = mp.Process(target=fill, args=(raw, 2.75))
    p.start(); p.join()
    print(raw.value)

    v = mp.Value('q', 2 ** 40)
    print(v.value, v.get_lock() is not None)
    v.value = -7
    print(v.value)
    a = mp.Array('i', 4)
    print(a[:], len(a))
    a[1:3] = [5, 6]
    a[-1] = 9
    print(a[:], a[2], list(a))
    try:
        a[4]
    except IndexError as e:
        print('IndexError', e)
    c = mp.Array('c', b'hello')
    print(c.value, c[0], c.raw)
    c.value = b'hi'
    print(c.value)
    raw_arr = mp.RawArray('b', [1, -2, 3])
    print(raw_arr[:])
    nolock = mp.Value('i', 5, lock=False)
    print(nolock.value, hasattr(nolock, 'get_lock'))
    d = mp.Value('d', 0.25)
    with d:
        d.value += 1
    print(d.value)
