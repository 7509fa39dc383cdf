# A local subclass: __init__ runs again (with the constructor's arguments) in each new thread.
import threading

inits = []
lock = threading.Lock()


class MyLocal(threading.local):
    shared = "class attribute"

    def __init__(self, start, step=1):
        with lock:
            inits.append((start, step))
        self.count = start
        self.step = step

    def bump(self):
        self.count += self.step
        return self.count


loc = MyLocal(10, step=5)
print(loc.bump(), loc.bump())
out = [None] * 3


def body(i):
    out[i] = [loc.bump() for _ in range(i + 1)] + [loc.shared]


ts = [threading.Thread(target=body, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
print(loc.count)
print(len(inits), inits[0])


class WithSlotsProp(threading.local):
    @property
    def doubled(self):
        return self.count * 2

    def __init__(self):
        self.count = 1


w = WithSlotsProp()
res = []
t = threading.Thread(target=lambda: res.append(w.doubled))
t.start()
t.join()
w.count = 21
print(res, w.doubled)
