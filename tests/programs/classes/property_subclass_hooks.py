# A property subclass that overrides __get__/__set__/__delete__ is used by attribute access
# (instance get/set/delete, class access), and its super() calls reach property's own accessors.

class Doubling(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return ("class access", objtype.__name__)
        return super().__get__(obj, objtype) * 2

    def __set__(self, obj, value):
        print("set", value)
        super().__set__(obj, value + 1)

    def __delete__(self, obj):
        print("delete")
        super().__delete__(obj)


class C:
    def __init__(self):
        self._v = 10

    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v

    def _del(self):
        print("fdel called")
        del self._v

    v = Doubling(_get, _set, _del)


c = C()
print(c.v)
c.v = 5
print(c._v, c.v)
print(C.v)
del c.v
print(hasattr(c, "_v"))

# A subclass that only inherits property's accessors behaves as property.
class Plain(property):
    pass


class D:
    @Plain
    def x(self):
        return 42

    @x.setter
    def x(self, v):
        print("setter", v)


d = D()
print(d.x, type(D.x).__name__)
d.x = 3
try:
    del d.x
except AttributeError as e:
    print("AttributeError:", e)

# Only __get__ overridden: setting still goes through property's __set__.
class LoudGet(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get hook")
        return super().__get__(obj, objtype)


class E:
    def __init__(self):
        self.store = 0

    @LoudGet
    def y(self):
        return self.store

    @y.setter
    def y(self, v):
        self.store = v


e = E()
e.y = 7
print(e.y)
print(type(E.y).__name__)
print(getattr(e, "y"))

# The data descriptor wins over an instance __dict__ entry.
e.__dict__["y"] = "shadow"
print(e.y)

# Setting a read-only property subclass: property's own error.
class RO(property):
    def __get__(self, obj, objtype=None):
        return "ro" if obj is not None else self


class F:
    z = RO(lambda self: 1)


f = F()
print(f.z)
try:
    f.z = 1
except AttributeError as ex:
    print("AttributeError:", ex)

# property's accessors called directly.
p = property(lambda self: "got", lambda self, v: print("set via __set__", v))
print(p.__get__(f, F), p.__get__(None, F) is p)
p.__set__(f, 9)
try:
    p.__delete__(f)
except AttributeError as ex:
    print("AttributeError:", ex)

# The hook on a metaclass's property subclass is used for class attributes.
class Meta(type):
    @Doubling
    def tag(cls):
        return 21


class G(metaclass=Meta):
    pass


print(G.tag)
