# object(): the base of everything; default methods
o = object()
print(type(o).__name__, isinstance(o, object), object.__bases__, object.__mro__)
print(o == o, o != o, o == object(), hash(o) == hash(o))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(hasattr(o, "__dict__"), hasattr(object, "__slots__"))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class C:
    pass
c = C()
print(c.__eq__(c), c.__eq__(1), c.__ne__(1), c.__lt__(c))
print(object.__eq__(c, c), object.__ne__(c, c))
print(str(C()).startswith("<__main__.C object at "), repr(c) == object.__repr__(c), str(c) == repr(c))
print(format(c, "") == str(c))
try:
    format(c, "d")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(object.__sizeof__(o) > 0, type(object.__init_subclass__).__name__)
print(C.__init__ is object.__init__, C.__new__ is object.__new__, C.__hash__ is object.__hash__)
print(sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__repr__", "__str__", "__init__", "__new__", "__class__")))
print(o.__class__ is object, object.__class__ is type, type.__class__ is type)
print(object.__reduce_ex__(c, 2)[0].__name__)
print(o.__getstate__() if hasattr(o, "__getstate__") else "no getstate")
c.attr = 1
print(c.__getstate__())
print(object.__getattribute__(c, "attr"))
object.__setattr__(c, "attr2", 2)
object.__delattr__(c, "attr")
print(vars(c))
print(issubclass(int, object), issubclass(type, object), isinstance(None, object), isinstance(object, type))
