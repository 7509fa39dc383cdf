# STORE_ATTR's instance fast path (a __dict__ entry, a __slots__ member, a class attribute that
# is a plain value or a descriptor) and list.sort's tuple-key comparison must equal the general
# paths: descriptors and hooks still win, errors are the same, comparisons with side effects run.

class Plain:
    count = 0           # a plain class value: instance stores go to the __dict__

    def __init__(self):
        self.a = 1


p = Plain()
p.count = 5
p.b = 2
print(sorted(vars(p).items()), Plain.count)


class Slotted:
    __slots__ = ("x", "y")


s = Slotted()
s.x = 10
print(s.x)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)


class Loud:
    def __set__(self, obj, value):
        print("Loud.__set__", value)

    def __get__(self, obj, objtype=None):
        return "loud"


class WithDescr:
    attr = Loud()


w = WithDescr()
w.attr = 3
print(w.attr, "attr" in vars(w))

# A descriptor installed on the class after instances stored plain attributes.
class Late:
    pass


l = Late()
for i in range(3):
    l.v = i
print(vars(l))
Late.v = Loud()
l.v = 99
print(l.v, vars(l))
del Late.v
l.v = 100
print(l.v)

# A class getting __setattr__ after the first stores.
class Hooked:
    pass


h = Hooked()
h.q = 1


def setattr_hook(self, name, value):
    print("hook", name, value)
    object.__setattr__(self, name, value * 10)


Hooked.__setattr__ = setattr_hook
h.q = 2
print(h.q)

# Read-only class attribute types that are not plain values (functions are non-data descriptors).
class Meth:
    def f(self):
        return "method"


m = Meth()
m.f = lambda: "shadowed"
print(m.f())
del m.f
print(m.f())

# An instance attribute shadowing a method set through __dict__ directly.
m.__dict__["f"] = lambda: "dict shadow"
print(m.f())

# __class__ assignment between stores.
class A:
    pass


class B:
    __slots__ = ()


a = A()
a.k = 1


class C(A):
    k = Loud()


a.__class__ = C
a.k = 2
print(vars(a))

# Tuple sort keys: ints, floats (NaN), strs (astral characters), bigints, mixed lengths.
nan = float("nan")
data = [(3, "b"), (1, "z"), (3, "a"), (1,), (2, "\U0001F600"), (2, "\uffff"), (10**30, "x"), (-(10**30), "y"), (3, "a", 0)]
print(sorted(data))
print(sorted(data, reverse=True))
f = [(1.5, 1), (nan, 2), (0.5, 3), (nan, 0), (1.5, 0)]
print(sorted(f))
n1 = nan
g = [(n1, 2), (n1, 1)]
print(sorted(g))
print(sorted([("b", 2), ("a", 3), ("b", 1)], key=lambda t: (-t[1], t[0])))

# Mixed kinds fall back to the general comparison, with its errors and side effects.
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(True, 1), (1, 0), (False, 3)]))


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


print([t[1].v for t in sorted([(1, Key(2)), (1, Key(1)), (0, Key(3))])])


class T(tuple):
    def __lt__(self, other):
        print("T.__lt__")
        return tuple.__lt__(self, other)


print(sorted([T((2, 1)), T((1, 2))]))
print(sorted([((1, 2), 3), ((1, 1), 4), ((0, 9), 5)]))
