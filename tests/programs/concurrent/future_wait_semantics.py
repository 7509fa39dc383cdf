# concurrent.futures: what wait()/as_completed() count as done (a cancelled future only once the
# executor has been told), FIRST_EXCEPTION ignoring cancellations, reprs in every state, the
# InvalidStateError text, map's timeout, cancel_futures, thread names and error messages.
import logging
import re
import threading
import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Future, ThreadPoolExecutor,
                                as_completed, wait)
import concurrent.futures as cf


def shape(text):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', text)


f = Future()
print(shape(repr(f)))
f.cancel()
print(shape(repr(f)), f.done(), f.cancelled())
done, not_done = wait([f], timeout=0.05)
print('cancelled, not yet notified:', len(done), len(not_done))
print('notify returns', f.set_running_or_notify_cancel())
done, not_done = wait([f], timeout=0.05)
print('after notify:', len(done), len(not_done), shape(repr(f)))


class Show(logging.Handler):
    def emit(self, record):
        print('logged', record.levelname, re.sub(r'\d{6,}', 'ID', shape(record.getMessage())),
              record.exc_info[0].__name__ if record.exc_info else None)


logging.getLogger('concurrent.futures').addHandler(Show())
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError', e)
f.add_done_callback(lambda fut: 1 / 0)

g = Future()
g.set_running_or_notify_cancel()
print(shape(repr(g)))
g.set_result([1, 2])
print(shape(repr(g)))
try:
    g.set_exception(ValueError())
except cf.InvalidStateError as e:
    print('InvalidStateError', shape(str(e)))
h = Future()
h.set_exception(KeyError('x'))
print(shape(repr(h)))
n = Future()
n.set_result(None)
print(shape(repr(n)))
print(Future[int], wait([]), list(as_completed([])))

# FIRST_EXCEPTION: a cancellation does not end the wait, an exception does.
a, b, c = Future(), Future(), Future()
for fut in (a, b, c):
    fut.set_running_or_notify_cancel() if fut is not b else None


def later():
    time.sleep(0.05)
    b.cancel()
    b.set_running_or_notify_cancel()
    time.sleep(0.05)
    c.set_exception(OSError('late'))


t = threading.Thread(target=later)
t.start()
done, not_done = wait([a, b, c], return_when=FIRST_EXCEPTION, timeout=5)
t.join()
print('FIRST_EXCEPTION', sorted(x is c for x in done), len(not_done), a in not_done)
a.set_result(1)
print('already failed', len(wait([a, c], return_when=FIRST_EXCEPTION)[0]))
print('first completed', len(wait([a, Future()], return_when=FIRST_COMPLETED, timeout=5).done))
print('all completed timeout', [len(s) for s in wait([a, Future()], return_when=ALL_COMPLETED, timeout=0.02)])
try:
    wait([Future()], return_when='SOMETIMES')
except ValueError as e:
    print('ValueError', e)
try:
    list(as_completed([Future(), Future(), a], timeout=0.02))
except TimeoutError as e:
    print('TimeoutError', e)
got = list(as_completed([a, a, n]))
print('as_completed dedups', len(got), sorted(map(id, got)) == sorted({id(a), id(n)}))
print(type(wait([a])).__name__, wait([a])._fields)

names = set()
with ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as ex:
    for fut in [ex.submit(lambda: names.add(threading.current_thread().name) or time.sleep(0.02)) for _ in range(6)]:
        fut.result()
print(sorted(names))
with ThreadPoolExecutor(max_workers=1) as ex:
    print(re.sub(r'\d+', 'N', ex.submit(lambda: threading.current_thread().name).result()))

ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
started = threading.Event()


def first_task():
    started.set()
    return gate.wait()


first = ex.submit(first_task)
started.wait()  # the worker holds `first`: shutdown(cancel_futures=True) cancels only the queued ones
queued = [ex.submit(time.sleep, 0) for _ in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown(wait=True)
print('cancel_futures', first.result(), [q.cancelled() for q in queued])
try:
    ex.submit(print)
except RuntimeError as e:
    print('RuntimeError', e)

with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(time.sleep, [0, 1.0, 0], timeout=0.2)
    print('map first', next(it))
    try:
        next(it)
    except TimeoutError:
        print('map TimeoutError')
    print('map results', list(ex.map(lambda x, y: x * y, range(4), 'abcdef')))
for bad in (lambda: ThreadPoolExecutor(0), lambda: ThreadPoolExecutor(initializer=3)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ex = cf.Executor()
try:
    ex.submit(print)
except NotImplementedError:
    print('Executor.submit is abstract')
with ex as same:
    print('Executor context', same is ex)
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.CancelledError, cf._base.Error),
      cf.TimeoutError is TimeoutError, issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor))
