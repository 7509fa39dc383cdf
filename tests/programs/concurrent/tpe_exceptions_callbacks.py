# Done callbacks run once, in order, for results, exceptions and cancellations.
import threading
from concurrent.futures import ThreadPoolExecutor, Future, CancelledError

log = []
lock = threading.Lock()

def record(tag):
    def cb(f):
        with lock:
            if f.cancelled():
                log.append((tag, 'cancelled'))
            elif f.exception() is not None:
                log.append((tag, 'error', type(f.exception()).__name__))
            else:
                log.append((tag, 'ok', f.result()))
    return cb

def boom(kind):
    raise {'key': KeyError, 'type': TypeError, 'zero': ZeroDivisionError}[kind]('raised ' + kind)

with ThreadPoolExecutor(2) as ex:
    f1 = ex.submit(sum, [1, 2, 3])
    f1.result()
    f1.add_done_callback(record('sum-late'))
    futs = [ex.submit(boom, k) for k in ('key', 'type', 'zero')]
    for f in futs:
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, e)
    for i, f in enumerate(futs):
        f.add_done_callback(record('boom-%d' % i))

f = Future()
f.add_done_callback(record('a'))
f.add_done_callback(record('b'))
f.cancel()
f2 = Future()
f2.add_done_callback(record('c'))
f2.set_exception(OSError('io'))
print(log)

# A base exception in a task is stored and re-raised too.
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: (_ for _ in ()).throw(SystemExit(3)))
    try:
        f.result()
    except SystemExit as e:
        print('SystemExit', e.code)

# Exceptions keep their traceback and chained cause.
def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e

with ThreadPoolExecutor(1) as ex:
    e = ex.submit(chained).exception()
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__traceback__ is not None)
