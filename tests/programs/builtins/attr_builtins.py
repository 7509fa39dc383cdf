# getattr(), setattr(), delattr(), hasattr()
class C:
    cls_attr = "class"
    def method(self):
        return "method"
o = C()
setattr(o, "x", 10)
print(getattr(o, "x"), o.x, getattr(o, "cls_attr"), getattr(o, "method")())
print(getattr(o, "missing", "default"), getattr(o, "missing", None))
print(hasattr(o, "x"), hasattr(o, "missing"), hasattr(C, "method"), hasattr(C, "x"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    getattr()
except TypeError as e:
    print(type(e).__name__ + ":", e)
setattr(o, "with space", 1)
setattr(o, "123", 2)
print(getattr(o, "with space"), getattr(o, "123"), sorted(vars(o)))
setattr(C, "added", lambda self: "added method")
print(o.added())
delattr(C, "added")
print(hasattr(o, "added"))
class Raises:
    @property
    def bad(self):
        raise ValueError("not AttributeError")
    @property
    def attr_err(self):
        raise AttributeError("looks missing")
r = Raises()
print(hasattr(r, "attr_err"), getattr(r, "attr_err", "fallback"))
try:
    hasattr(r, "bad")
except ValueError as e:
    print("hasattr propagates:", type(e).__name__, e)
print(getattr(1, "real"), getattr("s", "upper")(), getattr([], "__len__")())
import math
print(getattr(math, "pi") == math.pi, hasattr(math, "tau"))
print(getattr(o, "__class__").__name__, getattr(C, "__name__"))
