# set add/remove/discard/`in` of plain keys (exact int or str) take a probe that compares plain
# entries itself and hands over to the general path at an entry only __eq__ can compare
# (Runtime/Ops/SetOps.cs, PlainKeyEq); removed entries become dummies of hash -1 (Objects/PySet.cs).
# Every case below has a plain key meet entries of its hash that are not plain, and dummies.


class Key:
    """Hashes like an int; equal to the ints in `equal_to` (and to itself)."""
    calls = 0

    def __init__(self, h, equal_to=()):
        self.h = h
        self.equal_to = set(equal_to)

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        return other is self or other in self.equal_to

    def __repr__(self):
        return f"Key({self.h})"


# An entry that says it equals 1: add(1) must ask it, and so not add.
k = Key(1, {1})
s = {k}
Key.calls = 0
s.add(1)
print(len(s), Key.calls > 0, 1 in s)
s.remove(1)          # removes k: it is equal to 1
print(s, Key.calls > 0)

# An entry of the same hash that is not equal: add(1) asks, then adds.
k2 = Key(1)
s = {k2}
Key.calls = 0
s.add(1)
print(sorted(map(repr, s)), Key.calls)
s.discard(1)
print(s, 1 in s)

# __eq__ that raises: the exception reaches add/remove/in.
class Bad:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        raise ValueError("no compare")

s = {Bad()}
for op in ("add", "remove", "discard"):
    try:
        getattr(s, op)(5)
    except ValueError as e:
        print(op, "raised", e)
try:
    5 in s
except ValueError as e:
    print("in raised", e)
s.add(6)             # other hash: never compared
print(len(s), 6 in s)

# Floats and bools equal to ints; big ints; strs.
s = {1.0, True, 2 ** 70}
s.add(1)
s.add(2 ** 70)
s.add(int("1" + "0" * 21))
print(len(s), 1 in s, 2 ** 70 in s)
s.discard(1)         # removes 1.0 (== 1)
print(sorted(s, key=repr))
s = {"a", "b"}
s.add("a"); s.add("".join(["a", "b"]))
s.remove("".join(["b"]))
print(sorted(s))

# Dummies: add/remove cycles keep CPython's order and reuse.
s = set()
for r in range(5):
    for v in range(-8, 9):
        s.add(v)
    for v in range(-8, 9, 2):
        s.remove(v)
print(s, len(s))
for v in (0, 8, 16, 24, 32, 40):
    s.add(v)
    s.discard(v - 8)
print(s)

# A set subclass whose elements hash and compare by their own methods.
class MySet(set):
    pass

ms = MySet([Key(3, {3}), 4])
ms.add(3)
print(len(ms), 3 in ms, 4 in ms)
ms.remove(4)
print(len(ms))

# Unhashable keys.
for op in ("add", "remove", "discard"):
    try:
        getattr({1}, op)([1])
    except TypeError as e:
        print(op, "TypeError", e)
try:
    [1] in {1}
except TypeError as e:
    print("in TypeError", e)
print({1, 2} in {frozenset({1, 2})})
s = {frozenset({1, 2})}
s.remove({1, 2})
print(s)

# Mutation during iteration.
s = set(range(10))
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print("RuntimeError", e)

# Missing keys.
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("KeyError", e)
try:
    {Key(3)}.remove(3)
except KeyError as e:
    print("KeyError", e)


# `in` from compiled code (a function run often enough to be compiled): an exact set or frozenset and
# a plain key take an inline path (Interpreter.JitSeqOps.cs, JitContainsPlain); everything else Eval's case.
def membership(s, keys):
    out = []
    for k in keys:
        out.append((k in s, k not in s))
    return out


def chained(s, a, b):
    return a < b in s, a < b not in s


def in_fresh(keys):
    return [k in set(range(-8, 9)) for k in keys]


def in_raises(s, k):
    try:
        return k in s
    except (TypeError, ValueError) as e:
        return type(e).__name__


Key.calls = 0
keys = [0, 3, -7, -6, 9, 2 ** 70, 10 ** 20, "a", "ab", 1.0, True, (1, 2)]
for rnd in range(300):
    a = membership({0, 3, -7, "a", 2 ** 70, (1, 2)}, keys)
    b = membership(frozenset({3, "ab", 10 ** 20}), keys)
    c = membership({Key(3, {3}), Key(9), 1.0}, keys)
    d = membership(MySet([3, -7]), keys)
    e = chained({5, 6}, 4, 5), chained({5, 6}, 6, 5), chained({5}, 1, 7)
    f = in_fresh([-8, 8, 9, -9])
    g = in_raises({Bad()}, 5), in_raises({1}, [1]), in_raises({Bad()}, 6)
print(a)
print(b)
print(c, Key.calls > 0)
print(d)
print(e)
print(f)
print(g)
