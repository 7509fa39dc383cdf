# The per-type attribute lookup cache must answer exactly as the uncached MRO walk: every change
# to a class (or a base) after the cache is warm must be seen by the next lookup.


def warm(f, n=50):
    r = None
    for _ in range(n):
        r = f()
    return r


class Base:
    x = 1

    def m(self):
        return "Base.m"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


obj = Leaf()
print("warm", warm(lambda: obj.x), warm(lambda: obj.m()), warm(lambda: Leaf.x))

# class attribute reassigned on the base, seen through two levels of subclasses
Base.x = 2
print("base reassigned", obj.x, Leaf.x, Mid.x)

# shadowed in the middle class, then the shadow removed
Mid.x = 3
print("mid shadows", warm(lambda: obj.x))
del Mid.x
print("mid shadow deleted", warm(lambda: obj.x))

# a method replaced on the base after calls warmed the cache
Base.m = lambda self: "new Base.m"
print("method replaced", warm(lambda: obj.m()))
Leaf.m = lambda self: "Leaf.m"
print("method overridden later", warm(lambda: obj.m()))
del Leaf.m
print("override deleted", warm(lambda: obj.m()))

# setattr/delattr through the builtins
setattr(Base, "y", "set via setattr")
print("setattr", warm(lambda: obj.y))
delattr(Base, "y")
try:
    obj.y
except AttributeError as e:
    print("delattr", e)

# an instance attribute, then a data descriptor added to a base after the cache warmed
obj.z = "instance z"
print("instance z", warm(lambda: obj.z))
Base.z = property(lambda self: "property z")
print("property on base wins", warm(lambda: obj.z))
del Base.z
print("property removed", warm(lambda: obj.z))


class Doubler:
    def __get__(self, inst, owner):
        return "descr from " + (type(inst).__name__ if inst is not None else "class")


Mid.d = Doubler()
print("non-data descriptor added", warm(lambda: obj.d), Leaf.d)

# __class__ changed: lookups follow the new type
class Other:
    x = "Other.x"

    def m(self):
        return "Other.m"


o2 = Leaf()
print("before __class__", warm(lambda: o2.x), warm(lambda: o2.m()))
o2.__class__ = Other
print("after __class__", warm(lambda: o2.x), warm(lambda: o2.m()))

# __bases__ changed
class A:
    tag = "A"


class B:
    tag = "B"


class C(A):
    pass


c = C()
print("bases before", warm(lambda: c.tag))
C.__bases__ = (B,)
print("bases after", warm(lambda: c.tag), C.__mro__)

# __getattr__ added to a class after misses were cached
class G:
    pass


g = G()
print("missing", warm(lambda: hasattr(g, "nothing")))
G.__getattr__ = lambda self, name: "getattr " + name
print("hook added", warm(lambda: g.nothing))

# special methods looked up on the type are invalidated too
class N:
    def __len__(self):
        return 1


n = N()
print("len", warm(lambda: len(n)))
N.__len__ = lambda self: 7
print("len replaced", warm(lambda: len(n)))
N.__add__ = lambda self, other: "added"
print("add added", warm(lambda: n + 1))

# __slots__ classes and class-level counters
class S:
    __slots__ = ("a",)
    count = 0

    def __init__(self, a):
        self.a = a
        S.count += 1


items = [S(i) for i in range(100)]
print("slots", sum(s.a for s in items), S.count)

# the same name on unrelated classes does not leak between them
class P:
    v = "P"


class Q:
    v = "Q"


print("unrelated", warm(lambda: P().v), warm(lambda: Q().v))
P.v = "P2"
print("unrelated after", P().v, Q().v)

# a metaclass attribute seen through the class
class Meta(type):
    kind = "meta"


class WithMeta(metaclass=Meta):
    pass


print("meta", warm(lambda: WithMeta.kind))
Meta.kind = "meta2"
print("meta after", warm(lambda: WithMeta.kind))
WithMeta.kind = "own"
print("own beats meta", warm(lambda: WithMeta.kind))
