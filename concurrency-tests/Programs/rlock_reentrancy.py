# RLock re-entrancy: the owner re-acquires without blocking; two threads are never inside at once.
import threading

r = threading.RLock()
n = [0]
owners = []


def f(depth):
    with r:
        owners.append(threading.get_ident())
        assert len(set(owners)) == 1, "two threads inside the RLock"
        if depth:
            f(depth - 1)
        n[0] += 1
        owners.pop()


ts = [threading.Thread(target=f, args=(2,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n[0], owners)
