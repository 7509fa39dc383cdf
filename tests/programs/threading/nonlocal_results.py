# Threads report through closures over nonlocal state guarded by a lock.
import threading


def run_all(values):
    total = 0
    count = 0
    lock = threading.Lock()

    def add(v):
        nonlocal total, count
        with lock:
            total += v
            count += 1

    ts = [threading.Thread(target=add, args=(v,)) for v in values]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return total, count


print(run_all(range(100)))
print(run_all([]))
print(run_all([10 ** 20, -(10 ** 20), 5]))
