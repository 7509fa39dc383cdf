# Several local objects at once, used concurrently by many threads.
import threading

a = threading.local()
b = threading.local()
start = threading.Barrier(8)
results = [None] * 8


def body(i):
    a.v = i
    b.v = -i
    start.wait()          # everybody has written before anybody reads
    total = 0
    for _ in range(200):
        total += a.v + b.v
        a.v, b.v = b.v, a.v
    results[i] = (a.v, b.v, total)


ts = [threading.Thread(target=body, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
