# Many tasks updating shared state under a lock; results independent of scheduling.
import threading
from concurrent.futures import ThreadPoolExecutor

counter = {'n': 0}
lock = threading.Lock()

def bump(k):
    for _ in range(k):
        with lock:
            counter['n'] += 1
    return k

with ThreadPoolExecutor(4) as ex:
    total = sum(ex.map(bump, [100] * 40))
print(total, counter['n'])

buckets = [[] for _ in range(4)]
def place(i):
    buckets[i % 4].append(i)
with ThreadPoolExecutor(3) as ex:
    list(ex.map(place, range(200)))
print([len(b) for b in buckets], sorted(sum(buckets, [])) == list(range(200)))
