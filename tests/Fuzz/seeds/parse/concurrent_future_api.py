# Future on its own: states, callbacks, set_result/set_exception, cancel, InvalidStateError.
from concurrent.futures import Future, CancelledError, InvalidStateError, TimeoutError
import concurrent.futures

f = Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(('cb1', fut.result())))
print(f.set_running_or_notify_cancel(), f.running())
print(f.cancel())
f.set_result(42)
print(f.done(), f.result(), calls)
f.add_done_callback(lambda fut: calls.append(('late', fut.result())))
print(calls)
try:
    f.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError', str(e).split(':')[0])

g = Future()
print(g.cancel(), g.cancelled(), g.done(), g.cancel())
try:
    g.result()
except CancelledError:
    print('CancelledError')
try:
    g.exception()
except CancelledError:
    print('CancelledError from exception()')
print(g.set_running_or_notify_cancel())

h = Future()
try:
    h.result(timeout=0.01)
except TimeoutError:
    print('TimeoutError', TimeoutError is concurrent.futures.TimeoutError, TimeoutError is __builtins__.TimeoutError if hasattr(__builtins__, 'TimeoutError') else True)
h.set_exception(KeyError('k'))
print(repr(h.exception()))
try:
    h.result()
except KeyError as e:
    print('KeyError', e)

def bad_cb(fut):
    raise RuntimeError('callback failed')

i = Future()
i.add_done_callback(lambda fut: print('first callback ran'))
i.set_result(None)

print(issubclass(CancelledError, concurrent.futures._base.Error))
print(issubclass(concurrent.futures.BrokenExecutor, RuntimeError))
print(concurrent.futures.FIRST_COMPLETED, concurrent.futures.FIRST_EXCEPTION, concurrent.futures.ALL_COMPLETED)
print(repr(Future()).split(' at ')[0], repr(Future()).split('state=')[1])
