# Lock misuse raises CPython's errors.
import threading

lock = threading.Lock()
for call in (lambda: lock.release(),
             lambda: lock.acquire(False, 1),
             lambda: lock.acquire(timeout=-2)):
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(lock.locked())
print(lock.acquire(timeout=-1))
lock.release()
print(threading.ThreadError is RuntimeError)
print(threading.TIMEOUT_MAX > 1000)
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
