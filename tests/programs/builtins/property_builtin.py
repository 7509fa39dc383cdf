# property(): constructor arguments, getter/setter/deleter copies, attributes
class C:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, value):
        self._v = value * 2
    def del_v(self):
        self._v = "deleted"
    v = property(get_v, set_v, del_v, "the v property")
    ro = property(get_v)
    no_doc = property(fget=get_v, doc=None)
c = C()
c.v = 5
print(c.v, C.v.__doc__, C.ro.__doc__, C.no_doc.__doc__)
del c.v
print(c.v)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__ + ":", e)
p = C.v
print(p.fget is C.get_v, p.fset is C.set_v, p.fdel is C.del_v)
p2 = p.setter(None)
print(p2 is p, p2.fset is C.set_v, p2.fget is C.get_v)
p3 = property().getter(lambda self: "via getter()")
class D:
    x = p3
print(D().x, D.x.fset)
empty = property()
class E:
    e = empty
try:
    E().e
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    E().e = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(type(C.v).__name__, isinstance(C.v, property), C.v.__get__(None, C) is C.v)
print(C.v.__get__(c), C.v.__set__(c, 3), c._v)
class F:
    @property
    def name(self):
        "Name doc from getter."
        return "f"
print(F.name.__doc__, F().name, F.name.__name__ if hasattr(F.name, "__name__") else "no __name__")
try:
    property(1)
    print("property accepts non-callable fget at construction")
    class G:
        bad = property(1)
    G().bad
except TypeError as e:
    print(type(e).__name__ + ":", e)
