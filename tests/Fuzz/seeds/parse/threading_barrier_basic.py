# Barrier: every party gets a distinct index; the action runs once per cycle.
import threading

N = 5
actions = []
b = threading.Barrier(N, action=lambda: actions.append("tripped"))
print(b.parties, b.n_waiting, b.broken)
indices = [None] * N


def body(i):
    indices[i] = b.wait()


ts = [threading.Thread(target=body, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))
print(actions)
print(b.n_waiting, b.broken)
single = threading.Barrier(1)
print(single.wait(), single.wait())
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
