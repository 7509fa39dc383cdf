# abort() breaks the barrier for current and future waiters; reset() repairs it.
import threading
import time

b = threading.Barrier(3)
errors = []
lock = threading.Lock()


def body():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        with lock:
            errors.append("broken")


ts = [threading.Thread(target=body) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.abort()
for t in ts:
    t.join()
print(errors, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError raised", repr(str(e)))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b.reset()
print(b.broken, b.n_waiting)
res = []
ts = [threading.Thread(target=lambda: res.append(b.wait())) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))
