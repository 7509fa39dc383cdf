# `o[k] op= v` with o a local and k a local or constant: its read (LOAD_FAST; LOAD_FAST/LOAD_CONST;
# DUP_TOP_TWO; BINARY_SUBSCR) and its write (ROT_THREE; STORE_SUBSCR) are one instruction each for
# an exact list at a machine-int index (Interpreter.SubscrUpdate.cs). Results, errors, their lines,
# and when objects are freed must equal CPython's, for lists and for everything else.
import sys


def floats(v, dx, b):
    v[0] -= dx * b
    v[1] += dx * b
    v[-1] *= b
    return v


print(floats([0.5, -0.25, 1.0], 0.3, 2.0), floats([1, 2, 3], 2, 3), floats([0.0, -0.0, float("inf")], -0.0, float("nan")))


def by_local(v, i, x):
    v[i] += x
    v[i] **= 2
    v[i] //= 3
    return v


print(by_local([1, 2, 3], 1, 4), by_local([1, 2, 3], -1, 4), by_local([1.5, 2.5], 0, 0.5))
print(by_local([1, 2, 3], True, 1), by_local([1, 2, 3], False, 1))


# Items of any kind: str concatenation, a list item extended in place (and stored back), tuples.
def items(v):
    v[0] += "x"
    v[1] += [3]
    v[2] += (4,)
    v[3] = v[3]
    return v


inner = [1, 2]
res = items(["s", inner, (1,), None])
print(res, res[1] is inner, inner)

# Index errors come from the read (BINARY_SUBSCR), or from the write when the list shrank meanwhile.
for v, k in (([1, 2], 2), ([1, 2], -3), ([], 0), ([1], 2 ** 70), ([1], -2 ** 70)):
    try:
        by_local(v, k, 1)
    except IndexError as e:
        print("IndexError", e, v)


def shrinking(v):
    def clear():
        del v[:]
        return 1
    v[1] += clear()
    return v


for v in ([1, 2, 3], [1.0, 2.0]):
    try:
        shrinking(v)
    except IndexError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("IndexError", e, v, "line offset", tb.tb_lineno - shrinking.__code__.co_firstlineno)


def growing(v):
    def grow():
        v.extend(range(100))
        return 10
    v[0] += grow()
    v[-1] -= grow()
    return len(v), v[0], v[-1]


print(growing([1, 2]))


# Types that are not exact lists take the ordinary paths: subclasses keep their overrides, dicts,
# tuples and strings raise what they raise.
class L(list):
    def __getitem__(self, k):
        print("  L.get", k)
        return list.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("  L.set", k, v)
        list.__setitem__(self, k, v)


class Plain(list):
    pass


print(by_local(L([1, 2, 3]), 1, 5), by_local(Plain([1, 2]), 0, 1), type(by_local(Plain([1]), 0, 1)).__name__)
d = {0: 1.0, "k": 2}
print(by_local(d, 0, 2), floats({0: 1.0, 1: 2.0, -1: 3.0}, 1.0, 2.0))
for bad in ((1, 2, 3), "abc", None, 5):
    try:
        by_local(bad, 0, 1)
    except TypeError as e:
        print("TypeError", e)
for bad in ("k", 1.0, None):
    try:
        by_local([1, 2], bad, 1)
    except TypeError as e:
        print("TypeError", e)


class Idx:
    def __index__(self):
        return 1


print(by_local([5, 6, 7], Idx(), 1))


# An in-place operator of an item's own class, and a store that frees the old item at once.
class Acc:
    def __init__(self, name, n):
        self.name, self.n = name, n

    def __iadd__(self, k):
        return Acc(self.name + "+", self.n + k)

    def __del__(self):
        print("  del", self.name, self.n)

    def __repr__(self):
        return "Acc(%s, %d)" % (self.name, self.n)


def bump(v, k):
    v[k] += 1
    print("  after store", v)


bump([Acc("a", 0), Acc("b", 5)], 1)
print("after bump")


# A fresh list as the container (no local holds it): freed right after the store, with its items.
def fresh():
    return [Acc("fresh", 1)]


def store_into_fresh():
    fresh()[0] += 1
    print("  after fresh store")


store_into_fresh()


# Counts: the list and its items keep the references CPython gives them.
def counts():
    v = [[1], [2]]
    item = v[0]
    before = sys.getrefcount(item)
    v[0] += [3]
    v[1] += [4]
    return sys.getrefcount(item) - before, v, item


print(counts())


# nbody's shape, in a loop.
def advance(pairs, dt, steps):
    for _ in range(steps):
        for (v1, m1), (v2, m2) in pairs:
            v1[0] -= dt * m2
            v1[1] += dt * m2
            v2[0] += dt * m1
            v2[2] -= dt * m1


bodies = [([0.0, 0.0, 0.0], 1.0), ([1.0, 2.0, 3.0], 0.5), ([-1.0, 0.5, 2.0], 0.25)]
pairs = [(bodies[i], bodies[j]) for i in range(3) for j in range(i + 1, 3)]
advance(pairs, 0.01, 50)
print([[round(x, 12) for x in b[0]] for b in bodies])


# Plain reads `o[k]` of a local at a local or constant index (LOAD_FAST; LOAD_FAST/LOAD_CONST;
# BINARY_SUBSCR): lists and tuples take the fused read, everything else the ordinary one.
def reads(o, i):
    out = []
    for step in range(4):
        try:
            if step == 0:
                x = o[0]
            elif step == 1:
                x = o[-1]
            elif step == 2:
                x = o[i]
            else:
                x = o[1]
            out.append(x)
        except Exception as e:
            out.append("%s(%s)" % (type(e).__name__, e))
    return out


def direct(o, i):
    a = o[0]
    b = o[i]
    return a, b, o[-1]


for o, i in (([1.5, 2, "x"], 1), ((4, 5, 6), -2), ([], 0), ((), 0), ("abc", 2), ({0: "z", 1: "y", -1: "w"}, 1),
             ([7], 2 ** 70), ((8, 9), True), ([1, 2], Idx()), (L([3, 4]), 1), (range(5), 3), (b"ab", 1)):
    print(type(o).__name__, reads(o, i))
    try:
        print("  ", direct(o, i))
    except Exception as e:
        print("   %s(%s)" % (type(e).__name__, e))


def unbound_index(v):
    if not v:
        k = 0
    return v[k]


def unbound_container(i):
    if i:
        v = [1]
    return v[i] + v[0]


for f, a in ((unbound_index, [1]), (unbound_container, 0)):
    try:
        f(a)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
print(unbound_container(0) if False else "done")
