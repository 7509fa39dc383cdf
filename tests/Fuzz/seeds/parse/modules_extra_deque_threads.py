# collections.deque shared by threads: appends/pops are atomic, maxlen is never exceeded
import threading
from collections import deque

d = deque()
N = 2000
def producer(base):
    for i in range(N):
        d.append(base + i)

threads = [threading.Thread(target=producer, args=(k * N,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), sorted(d) == list(range(4 * N)))

popped = []
lock = threading.Lock()
def consumer():
    local = []
    while True:
        try:
            local.append(d.popleft())
        except IndexError:
            break
    with lock:
        popped.extend(local)

threads = [threading.Thread(target=consumer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(popped), len(set(popped)), len(d))

ring = deque(maxlen=5)
def filler(k):
    for i in range(1000):
        ring.append((k, i))
        assert len(ring) <= 5
threads = [threading.Thread(target=filler, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(ring), ring.maxlen, all(isinstance(x, tuple) for x in ring))

d2 = deque(range(10))
d2.rotate(3)
print(d2, d2.index(0), d2.count(5))
try:
    for x in d2:
        d2.append(x)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
d3 = deque([1, 2, 3])
d3 += [4]
d3 *= 2
print(d3, 3 in d3, d3 > deque([1, 2]), deque([1]) == [1])
d3.extendleft("ab")
print(d3, list(reversed(d3))[:3], d3.copy() == d3, d3.copy() is d3)
