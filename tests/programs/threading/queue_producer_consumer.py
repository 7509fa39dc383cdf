# Several producers and consumers share a bounded queue; nothing is lost or duplicated.
import queue
import threading

q = queue.Queue(maxsize=8)
P, C, PER = 3, 4, 200
consumed = [[] for _ in range(C)]


def producer(p):
    for i in range(PER):
        q.put((p, i))


def consumer(c):
    while True:
        item = q.get()
        if item is None:
            break
        consumed[c].append(item)


cs = [threading.Thread(target=consumer, args=(c,)) for c in range(C)]
ps = [threading.Thread(target=producer, args=(p,)) for p in range(P)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
everything = sorted(x for part in consumed for x in part)
print(len(everything), everything == sorted((p, i) for p in range(P) for i in range(PER)))
# each consumer saw each producer's items in order
ok = True
for part in consumed:
    for p in range(P):
        seq = [i for (pp, i) in part if pp == p]
        ok = ok and seq == sorted(seq)
print("per-producer order kept:", ok)
print(q.empty(), q.qsize())
