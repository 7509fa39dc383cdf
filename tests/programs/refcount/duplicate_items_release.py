# A set or dict display (or comprehension) releases an item equal to one already stored exactly
# once, right after trying to add it; the stored one lives as long as the container. A method
# whose parameter lives in a cell (captured by a generator expression, as the __hash__ that
# dataclass generates is) must not free a floating argument when its frame returns.
import sys
import weakref
from dataclasses import dataclass, field


@dataclass(frozen=True)
class A:
    v: int
    tag: str = field(default="", compare=False)

    def __del__(self):
        print("del", self.v, self.tag)


s = {A(1, "first"), A(1, "second"), A(2, "third")}
print("set display", len(s), sorted(a.tag for a in s))
s = {A(i // 2, str(i)) for i in range(4)}
print("set comprehension", len(s), sorted(a.tag for a in s))
d = {A(1, "k1"): 1, A(1, "k2"): 2}
print("dict display", len(d), [k.tag for k in d], list(d.values()))
d = {A(i // 2, "c" + str(i)): i for i in range(4)}
print("dict comprehension", len(d), [k.tag for k in d], list(d.values()))
del s, d
print("deleted")


class Cell:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        def name():
            return self.name
        return hash(name())

    def __eq__(self, other):
        return self.name == other.name

    def __del__(self):
        print("del Cell", self.name)


s = {Cell("x")}
print("stored", [c.name for c in s])
print(hash(Cell("y")) == hash("y"))
print("after hash")
s.add(Cell("x"))
print("add duplicate", len(s))
del s
print("deleted")


# Weak-reference callbacks of the released duplicates run at once, the kept item's at the end.
class W:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


refs = []


def track(o, name):
    refs.append(weakref.ref(o, lambda r: print("callback", name)))
    return o


s = {track(W(5), "kept"), track(W(5), "duplicate")}
print("built", len(s))
k = next(iter(s))
start = sys.getrefcount(k)
s2 = {k, W(5), k}
print("second set", sys.getrefcount(k) - start)
del s2
print("second set gone", sys.getrefcount(k) - start)
del k, s
print("end of weak refs")


class BadHash:
    def __hash__(self):
        raise ValueError("unhashable today")


try:
    {A(7, "before"), BadHash(), A(8, "after")}
except ValueError as e:
    print("caught", e)
print("end")
