# __slots__: restricted attributes, no __dict__, inheritance
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__ + ":", e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
p.x = 10
print(p.x, type(P.x).__name__, P.__slots__)
class Child(P):
    pass
c = Child(1, 2)
c.z = 3
print(c.z, hasattr(c, "__dict__"), c.__dict__)
class Child2(P):
    __slots__ = ("z",)
c2 = Child2(1, 2)
c2.z = 5
print(c2.x, c2.z, hasattr(c2, "__dict__"))
try:
    c2.w = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "ok"
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__ + ":", e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Weak:
    __slots__ = ("v", "__weakref__")
import weakref
wk = Weak()
r = weakref.ref(wk)
print(r() is wk)
try:
    weakref.ref(Empty())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
