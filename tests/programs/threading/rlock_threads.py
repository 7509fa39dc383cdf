# A recursive function guarded by an RLock, called from several threads.
import threading

lock = threading.RLock()
log = []


def fact(n):
    with lock:
        if n <= 1:
            return 1
        return n * fact(n - 1)


def tree_sum(node):
    with lock:
        value, children = node
        return value + sum(tree_sum(c) for c in children)


results = [None] * 5
tree = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])


def body(i):
    results[i] = (fact(10 + i), tree_sum(tree))


ts = [threading.Thread(target=body, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in results:
    print(r)
print(lock._is_owned())
