# One set() releases every waiting thread.
import threading

gate = threading.Event()
arrived = threading.Semaphore(0)
out = [None] * 10


def body(i):
    arrived.release()
    out[i] = gate.wait(30) and i * i


ts = [threading.Thread(target=body, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
gate.set()
for t in ts:
    t.join()
print(out)
