# Threads write disjoint keys into one dict and set; single operations are atomic.
import threading

d = {}
s = set()
T, N = 6, 500


def body(t):
    for i in range(N):
        d[(t, i)] = i * t
        s.add(t * N + i)
        d.get((t, i - 1))


ts = [threading.Thread(target=body, args=(t,)) for t in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), len(s), sum(d.values()))
print(all(d[(t, i)] == i * t for t in range(T) for i in range(N)))
print(sorted(s) == list(range(T * N)))
