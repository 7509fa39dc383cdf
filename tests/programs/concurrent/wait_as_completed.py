# wait() with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED and as_completed().
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, Future, TimeoutError)

gate = threading.Event()

def blocked(x):
    gate.wait()
    return x

def quick(x):
    return x

def boom():
    raise ValueError('boom')

with ThreadPoolExecutor(4) as ex:
    slow = [ex.submit(blocked, i) for i in range(2)]
    fast = ex.submit(quick, 'fast')
    done, not_done = wait(slow + [fast], return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    done, not_done = wait(slow, timeout=0.05)
    print(len(done), len(not_done))
    err = ex.submit(boom)
    done, not_done = wait(slow + [err], return_when=FIRST_EXCEPTION)
    print([type(f.exception()).__name__ for f in done], len(not_done))
    gate.set()
    done, not_done = wait(slow, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))

# as_completed yields in completion order.
events = [threading.Event() for _ in range(3)]
def waiter(i):
    events[i].wait()
    return i

with ThreadPoolExecutor(3) as ex:
    futs = [ex.submit(waiter, i) for i in range(3)]
    order = []
    consumed = threading.Event()
    def release():
        # One future finishes at a time, the next only after the loop took the previous one: the completion
        # order is fixed even on a loaded machine (sleeps between the sets were not enough).
        for i in (2, 0, 1):
            events[i].set()
            consumed.wait()
            consumed.clear()
    threading.Thread(target=release).start()
    for f in as_completed(futs):
        order.append(f.result())
        consumed.set()
    print(order)

# Already-finished futures come out first; timeout raises TimeoutError.
done_f = Future(); done_f.set_result('done')
pending = Future()
it = as_completed([done_f, pending], timeout=0.05)
print(next(it).result())
try:
    next(it)
except TimeoutError as e:
    print('TimeoutError', e)

d, nd = wait([done_f])
print(len(d), len(nd), type(d).__name__, wait([done_f])._fields)
try:
    wait([pending], return_when='SOMETIMES')
except ValueError as e:
    print('ValueError', e)
