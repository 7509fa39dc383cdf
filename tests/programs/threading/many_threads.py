# Many short-lived threads; every one runs exactly once.
import threading

N = 64
hits = [0] * N
names = set()
lock = threading.Lock()


def body(i):
    hits[i] += 1
    with lock:
        names.add(threading.current_thread().name)


ts = [threading.Thread(target=body, args=(i,), name=f"n{i:02d}") for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(hits == [1] * N, len(names))
print(sorted(names)[:3], sorted(names)[-1])
# waves of threads started from threads
results = []


def spawner(depth):
    if depth == 0:
        with lock:
            results.append(depth)
        return
    kids = [threading.Thread(target=spawner, args=(depth - 1,)) for _ in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    with lock:
        results.append(depth)


spawner(4)
print(len(results), sorted(results).count(0))
