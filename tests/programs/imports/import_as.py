# import ... as: aliases for modules and submodules
import _helper as h
import _pkg._sub as sub
import _pkg._inner._deep as deep
print(h.CONSTANT, h.__name__, sub.__name__, deep.__name__)
print(sub.SUB_VALUE, deep.deep_function())
print("_helper" in globals(), "h" in globals(), "_pkg" in globals())
import _pkg._sub
print("_pkg" in globals(), _pkg._sub is sub, _pkg._inner._deep is deep)
import math as m, _helper as h2
print(m.floor(2.5), h2 is h)
from _pkg import _sub as s2, _inner as inner
print(s2 is sub, inner.INNER, inner.parent_sub is sub)
import sys
print(sys.modules["_pkg._sub"] is sub, sys.modules["_helper"] is h)
del h
try:
    h.CONSTANT
except NameError as e:
    print(type(e).__name__ + ":", e)
import _helper as h
print(h.CONSTANT, "module still cached after del of alias")
