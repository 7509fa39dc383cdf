# A Barrier: no thread passes it before all parties have arrived.
import threading

b = threading.Barrier(3)
lock = threading.Lock()
order = []


def w(i):
    with lock:
        order.append(("before", i))
    b.wait()
    with lock:
        order.append(("after", i))


ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
befores = [k for k, (tag, _) in enumerate(order) if tag == "before"]
afters = [k for k, (tag, _) in enumerate(order) if tag == "after"]
print(len(order), max(befores) < min(afters))
