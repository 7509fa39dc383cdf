# BoundedSemaphore refuses to go above its initial value.
import threading

b = threading.BoundedSemaphore(2)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.release()
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b.acquire(False), b.acquire(False), b.acquire(False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(b, threading.Semaphore))

one = threading.BoundedSemaphore()
with one:
    print("inside:", one.acquire(False))
try:
    one.release()
except ValueError as e:
    print("ValueError:", e)
