# The with statement releases the lock even when the body raises.
import threading

lock = threading.Lock()
try:
    with lock:
        print("held:", lock.locked())
        raise ValueError("inside")
except ValueError as e:
    print("caught", e, "| held:", lock.locked())

rlock = threading.RLock()
with rlock:
    with rlock:
        print("nested rlock ok")
print(rlock.acquire(blocking=False))
rlock.release()


def f():
    with lock:
        return "returned under lock"


print(f(), lock.locked())
for i in range(3):
    with lock:
        if i == 1:
            continue
        print("loop", i)
print(lock.locked())
