# Calling builtin types (int, float, complex, str, bool, bytes, frozenset, range, slice, type,
# dict, set, list, enumerate, zip, map, filter, reversed) takes each type's own call path
# (TypeFastCalls.cs): the results, errors and reference counts are type.__call__'s, and
# subclasses, which may override __new__/__init__, still get the general protocol.
import sys


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", type(r).__name__, repr(r))


attempt("int()", lambda: int())
attempt("int('12')", lambda: int("12"))
attempt("int(' 7 ')", lambda: int(" 7 "))
attempt("int('ff', 16)", lambda: int("ff", 16))
attempt("int('z')", lambda: int("z"))
attempt("int(3.9)", lambda: int(3.9))
attempt("int(x=1)", lambda: int(x=1))
attempt("int('10', base=2)", lambda: int("10", base=2))
attempt("int(1, 2, 3)", lambda: int(1, 2, 3))
attempt("float()", lambda: float())
attempt("float(3)", lambda: float(3))
attempt("float('2.5')", lambda: float("2.5"))
attempt("float('x')", lambda: float("x"))
attempt("float(10**400)", lambda: float(10**400))
attempt("complex(1, 2)", lambda: complex(1, 2))
attempt("str()", lambda: str())
attempt("str(5)", lambda: str(5))
attempt("str(b'a', 'ascii')", lambda: str(b"a", "ascii"))
attempt("str(b'a', encoding='ascii')", lambda: str(b"a", encoding="ascii"))
attempt("bool([])", lambda: bool([]))
attempt("bool(x=1)", lambda: bool(x=1))
attempt("bytes(3)", lambda: bytes(3))
attempt("bytes('a')", lambda: bytes("a"))
attempt("frozenset('aba')", lambda: sorted(frozenset("aba")))
attempt("range(3)", lambda: range(3))
attempt("range(1, 9, 2)", lambda: list(range(1, 9, 2)))
attempt("range(1.5)", lambda: range(1.5))
attempt("range()", lambda: range())
attempt("slice(1, 2)", lambda: slice(1, 2))
attempt("type(1)", lambda: type(1))
attempt("type('T', (), {})", lambda: type("T", (), {}).__name__)
attempt("type(1, 2)", lambda: type(1, 2))
attempt("dict()", lambda: dict())
attempt("dict(a=1, b=2)", lambda: dict(a=1, b=2))
attempt("dict([(1, 2)], c=3)", lambda: dict([(1, 2)], c=3))
attempt("dict(5)", lambda: dict(5))
attempt("set()", lambda: set())
attempt("set('abca')", lambda: sorted(set("abca")))
attempt("set(1)", lambda: set(1))
attempt("set(x=1)", lambda: set(x=1))
attempt("list('ab')", lambda: list("ab"))
attempt("list(1)", lambda: list(1))
attempt("enumerate('ab', start=5)", lambda: list(enumerate("ab", start=5)))
attempt("enumerate()", lambda: enumerate())
attempt("zip('ab', 'cd', strict=True)", lambda: list(zip("ab", "cd", strict=True)))
attempt("map(abs, [-1])", lambda: list(map(abs, [-1])))
attempt("filter(None, [0, 1])", lambda: list(filter(None, [0, 1])))
attempt("reversed([1, 2])", lambda: list(reversed([1, 2])))
x = 2.5
s = "abc"
print("float(x) is x:", float(x) is x, "str(s) is s:", str(s) is s, "int(7) is 7:", int(x) is int(x))


class S(str):
    pass


class A:
    def __str__(self):
        return S("from A")


print(type(str(A())).__name__, type(str(S("y"))).__name__, str(S("y")))


class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)


class MyDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.made = True


class MyRange:
    pass


print(MyInt(4), type(MyInt(4)).__name__, MyDict(a=1), MyDict(a=1).made)
try:
    int.__new__ = lambda cls: 0
except TypeError as e:
    print("TypeError", e)


# Reference counts: what a call takes it keeps only in its result; a failed fill releases it all.
class Tracked:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self is other


obj = Tracked()
base = sys.getrefcount(obj)
d = dict(k=obj)
s = set([obj])
l = list((obj, obj))
print("held", sys.getrefcount(obj) - base)
del d, s, l
print("released", sys.getrefcount(obj) - base)


def failing():
    yield obj
    yield obj
    raise RuntimeError("stop")


for make in (list, set, frozenset, tuple, dict.fromkeys):
    try:
        make(failing())
    except RuntimeError:
        pass
print("after failed fills", sys.getrefcount(obj) - base)


def pairs():
    yield ("a", obj)
    raise RuntimeError("stop")


try:
    dict(pairs())
except RuntimeError:
    pass
print("after failed dict", sys.getrefcount(obj) - base)
