# Class attributes read by several threads (descriptors, properties, enum members, instances of
# the class) are still released exactly when the class drops them: __del__ runs at the
# replacement or deletion, not before (while threads use them) and not never.
# Note: the descriptors are set after the class body because a value defined in the class body
# itself is not released on replacement yet, on either backend (the class namespace keeps it).
import enum
import sys
import threading


class Descr:
    def __init__(self, n):
        self.n = n

    def __get__(self, obj, objtype=None):
        return self.n

    def __set__(self, obj, value):
        raise AttributeError("read-only")

    def __del__(self):
        print("del Descr", self.n)


class Holder:
    def __del__(self):
        print("del Holder", id(self) == Box.token_id)


class Box:
    token = None
    token_id = 0

    @property
    def twice(self):
        return self.d * 2


Box.d = Descr(1)  # (set after the class body: see the note at the top)
Box.token = Holder()
Box.token_id = id(Box.token)
b = Box()


def reader(out, n):
    s = 0
    for _ in range(n):
        s += b.d + b.twice
        t = Box.token
    out.append(s)


def run_threads(n):
    out = []
    ts = [threading.Thread(target=reader, args=(out, n)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return out


print(run_threads(2000))
print("replace d")
Box.d = Descr(2)
print("replaced")
print(run_threads(1000))
print("delete d")
del Box.d
print("deleted")
print("replace token")
Box.token = None
print("replaced token")


# A descriptor a thread still holds in a local while the class drops it: __del__ waits for it.
class Slow:
    pass


Slow.d = Descr(3)


keep = []
ready = threading.Event()
go = threading.Event()


def holder():
    x = Slow.__dict__["d"]
    ready.set()
    go.wait()
    keep.append(x.n)
    del x
    print("holder released")


t = threading.Thread(target=holder)
t.start()
ready.wait()
del Slow.d
print("class dropped it")
go.set()
t.join()
print(keep)


class Single:
    def __del__(self):
        print("del Single")


Single.instance = Single()


def single_reader(n):
    for _ in range(n):
        s = Single.instance


ts = [threading.Thread(target=single_reader, args=(2000,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("drop Single.instance")
Single.instance = None
print("dropped")


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def enum_reader(out, n):
    s = 0
    for _ in range(n):
        s += Color.RED.value + Color.GREEN.value
    out.append(s)


out = []
ts = [threading.Thread(target=enum_reader, args=(out, 3000)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
print(Color.RED, Color(2), list(Color))
print(sys.getrefcount(Color.RED) >= 2)
