# Threads update items of one shared list through `v[k] op= x` (the fused read and write of
# Interpreter.SubscrUpdate.cs) while another thread grows and shrinks the same list past their
# items, so the list's storage is replaced under them. Each worker owns its items: every item must
# end exactly as one thread's updates make it, and the list as long as it began.
import threading

WORKERS = 4
ROUNDS = 3000
shared = [0.0] * WORKERS + [0] * WORKERS
stop = False


wrong = []


def worker(k):
    v = shared
    i = WORKERS + k
    bad = 0
    for r in range(ROUNDS):
        v[k] += 0.5
        v[k] -= 0.25
        v[i] += 1
        v[WORKERS + k] *= 1
        if v[k] != (r + 1) * 0.25 or v[i] != r + 1 or v[0] < 0:
            bad += 1
    wrong.append(bad)


def resizer():
    v = shared
    n = 0
    while not stop:
        v.extend([None] * 64)
        del v[-64:]
        n += 1


r = threading.Thread(target=resizer)
r.start()
threads = [threading.Thread(target=worker, args=(k,)) for k in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
stop = True
r.join()
print(len(shared), shared)
print(wrong)
print(all(x == ROUNDS * 0.25 for x in shared[:WORKERS]), all(x == ROUNDS for x in shared[WORKERS:]))
