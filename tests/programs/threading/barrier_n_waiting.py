# n_waiting counts threads blocked in wait(); it drops to zero once the barrier trips.
import threading
import time

b = threading.Barrier(4)
ts = [threading.Thread(target=b.wait) for _ in range(3)]
for t in ts:
    t.start()
deadline = time.monotonic() + 30
while b.n_waiting < 3 and time.monotonic() < deadline:
    time.sleep(0.001)
print("waiting:", b.n_waiting)
print("my index:", b.wait())
for t in ts:
    t.join()
print("after:", b.n_waiting, b.broken)
