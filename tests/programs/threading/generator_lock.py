# A generator shared between threads, guarded by a lock: every value is taken once.
import threading


def numbers(n):
    for i in range(n):
        yield i


gen = numbers(1000)
lock = threading.Lock()
taken = [[] for _ in range(4)]


def body(t):
    while True:
        with lock:
            try:
                v = next(gen)
            except StopIteration:
                return
        taken[t].append(v)


ts = [threading.Thread(target=body, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = sorted(v for part in taken for v in part)
print(allv == list(range(1000)))
print(all(part == sorted(part) for part in taken))
