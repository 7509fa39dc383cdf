# The lookup caches (per-type attribute cache, LOAD_GLOBAL cache) under every interleaving Coyote
# tries: a writer reassigns a class attribute, a method and a global with increasing numbers (and
# adds globals, so the globals table is rebuilt) while a reader reads them through warm caches; the
# reader must never see a value older than one it has already seen, and sees the last values once
# the writer has finished.
import threading


class Base:
    value = 0

    def get(self):
        return 0


class Leaf(Base):
    pass


G = 0
N = 4
seen = []


def writer():
    global G
    for i in range(1, N + 1):
        Base.value = i
        Base.get = (lambda k: lambda self: k)(i)
        G = i
        globals()["filler_%d" % i] = i


def reader():
    obj = Leaf()
    last = (0, 0, 0)
    for _ in range(6):
        now = (obj.value, obj.get(), G)
        if any(n < p for n, p in zip(now, last)):
            seen.append(("went back", last, now))
        last = now


r = threading.Thread(target=reader)
w = threading.Thread(target=writer)
r.start()
w.start()
w.join()
r.join()
print(seen, Leaf().value, Leaf().get(), G)
