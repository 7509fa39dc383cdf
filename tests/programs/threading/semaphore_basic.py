# Semaphore: counting, non-blocking and timed acquire, argument errors.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release()
with s:
    print("inside with:", s.acquire(False))
print("after with:", s.acquire(False))
print(s._value)

for call in (lambda: threading.Semaphore(-1),
             lambda: s.release(0),
             lambda: s.acquire(False, 1),
             lambda: threading.BoundedSemaphore(-3)):
    try:
        call()
        print("no error")
    except ValueError as e:
        print("ValueError:", e)

z = threading.Semaphore(0)
print(z.acquire(timeout=0))
d = threading.Semaphore()
print(d.acquire(False), d.acquire(False))
