# ThreadPoolExecutor: submit, result, exception, map, context manager, shutdown.
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures as cf
import threading

def square(x):
    return x * x

def fail(x):
    raise ValueError('bad %d' % x)

with ThreadPoolExecutor(max_workers=3) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.cancelled(), f.exception())
    g = ex.submit(fail, 3)
    try:
        g.result()
    except ValueError as e:
        print('ValueError', e)
    print(type(g.exception()).__name__)
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    kw = ex.submit(dict, a=1, b=2)
    print(kw.result())

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError', e)

ex = ThreadPoolExecutor(2, thread_name_prefix='worker')
names = set(ex.map(lambda _: threading.current_thread().name.split('_')[0], range(8)))
print(names)
ex.shutdown()
print(ex._max_workers, ThreadPoolExecutor()._max_workers > 0)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print('ValueError', e)

# map raising inside the iteration
with ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    out = []
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e, out)

# Many small tasks from several submitting threads.
with ThreadPoolExecutor(4) as ex:
    futs = []
    lock = threading.Lock()
    def submitter(base):
        for i in range(50):
            f = ex.submit(square, base + i)
            with lock:
                futs.append(f)
    ts = [threading.Thread(target=submitter, args=(k * 100,)) for k in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(len(futs), sum(f.result() for f in futs))
