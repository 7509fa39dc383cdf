# threading.local: each thread has its own attributes on the shared object.
import threading

data = threading.local()
data.value = "main"
seen = [None] * 4


def body(i):
    before = hasattr(data, "value")
    data.value = i
    data.sq = i * i
    seen[i] = (before, data.value, data.sq, sorted(data.__dict__))


ts = [threading.Thread(target=body, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen)
print(data.value, hasattr(data, "sq"), data.__dict__)
print(type(data).__name__)
