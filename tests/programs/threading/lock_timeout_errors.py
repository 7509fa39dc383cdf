# Timeouts that are too large or not numbers (CPython converts them like time values).
import threading

lock = threading.Lock()
for t in (1e100, 2 ** 70, "x", None, [1]):
    try:
        lock.acquire(timeout=t)
        print("acquired")
        lock.release()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(lock.locked())
r = threading.RLock()
for t in (1e100, "x"):
    try:
        r.acquire(timeout=t)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(r._is_owned())
