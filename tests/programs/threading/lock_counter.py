# A lock makes a read-modify-write counter exact under contention.
import threading

counter = 0
lock = threading.Lock()
N, T = 2000, 8


def bump():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


ts = [threading.Thread(target=bump) for _ in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, counter == N * T)

counts = {}


def bump_dict(key):
    for _ in range(N):
        with lock:
            counts[key % 3] = counts.get(key % 3, 0) + 1


ts = [threading.Thread(target=bump_dict, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(counts.items()))
