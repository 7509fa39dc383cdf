# _thread's lock types and helpers.
import _thread

lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, type(lk).__name__)
print(lk.acquire(), lk.locked(), lk.acquire(0), lk.acquire_lock(False))
lk.release_lock()
print(lk.locked_lock())
with lk:
    print(lk.locked())
try:
    lk.release()
except _thread.error as e:
    print(type(e).__name__ + ":", e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._recursion_count())
r.release()
r.release()
print(r._is_owned())
print(isinstance(_thread.get_ident(), int), _thread.TIMEOUT_MAX > 0)
print(_thread._count() >= 0)
print(_thread.stack_size())
