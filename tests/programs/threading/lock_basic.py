# Lock: acquire/release/locked, non-blocking and timed acquires.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
print(lock.acquire(True, 0))
lock.release()
print(lock.locked())
print(lock.acquire(timeout=1), lock.locked())
lock.release()
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
print(isinstance(lock, threading.Lock))
print(threading.Lock is type(threading.Lock()))
