# shutdown(wait=False), shutdown(cancel_futures=True), map with timeout, initializer.
import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError, CancelledError
from concurrent.futures.thread import BrokenThreadPool

gate = threading.Event()
started = threading.Event()

def blocked(i):
    started.set()
    gate.wait()
    return i

ex = ThreadPoolExecutor(1)
first = ex.submit(blocked, 0)
rest = [ex.submit(blocked, i) for i in range(1, 5)]
started.wait()  # the worker holds `first`: shutdown(cancel_futures=True) cancels only the queued ones
ex.shutdown(wait=False, cancel_futures=True)
print(first.cancelled(), [f.cancelled() for f in rest])
gate.set()
print(first.result())
try:
    rest[0].result()
except CancelledError:
    print('CancelledError')

# map with a timeout that expires.
release = threading.Event()
def slow(x):
    if x == 2:
        release.wait()
    return x
with ThreadPoolExecutor(2) as ex:
    results = []
    try:
        for r in ex.map(slow, range(4), timeout=0.1):
            results.append(r)
    except TimeoutError:
        print('map TimeoutError after', results)
    release.set()

# initializer runs once per worker thread.
seen = []
lock = threading.Lock()
def init(tag):
    with lock:
        seen.append(tag)
with ThreadPoolExecutor(2, initializer=init, initargs=('ready',)) as ex:
    print(sorted(ex.map(abs, [-1, -2, -3])))
print(set(seen), 1 <= len(seen) <= 2)

def bad_init():
    raise RuntimeError('init failed')
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(abs, -1)
try:
    f.result()
except BrokenThreadPool as e:
    print('BrokenThreadPool', e)
try:
    ex.submit(abs, 1)
except BrokenThreadPool as e:
    print('BrokenThreadPool on submit', e)
ex.shutdown()

# The executor left running is shut down at interpreter exit.
leftover = ThreadPoolExecutor(2)
print(leftover.submit(sum, [1, 2, 3]).result())
print('end')
