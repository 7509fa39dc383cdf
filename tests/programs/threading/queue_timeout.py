# Timed get/put raise Empty/Full after the timeout; negative timeouts are rejected.
import queue
import time

q = queue.Queue(maxsize=1)
t0 = time.monotonic()
try:
    q.get(timeout=0.03)
except queue.Empty:
    print("Empty after timeout", time.monotonic() - t0 >= 0.02)
q.put(1)
try:
    q.put(2, timeout=0.03)
except queue.Full:
    print("Full after timeout")
try:
    q.put(2, True, 0)
except queue.Full:
    print("Full with zero timeout")
for call in (lambda: q.put(2, timeout=-1), lambda: q.get(timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(q.get(timeout=1))
s = queue.SimpleQueue()
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
