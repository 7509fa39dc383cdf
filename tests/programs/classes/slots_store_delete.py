# __slots__ members stored, replaced and deleted: the unset member's AttributeError, instances a
# native constructor makes (no slot storage until the first store), and the stored values'
# reference counts back to where they started once replaced or deleted.
import io, sys

class A:
    __slots__ = ("a",)

class B(A):
    __slots__ = ("b", "__p")

b = B()
try:
    b.a
except AttributeError as e:
    print("read unset:", type(e).__name__)
b.a = 1; b.b = 2; b._B__p = 3
print(b.a, b.b, b._B__p)
del b.a
try:
    del b.a
except AttributeError as e:
    print("delete unset:", e)
print(hasattr(b, "a"), hasattr(b, "b"))

class R(io.RawIOBase):
    __slots__ = ("x", "y")

r = R()
print(hasattr(r, "x"), hasattr(r, "y"))
r.y = 5
print(r.y, hasattr(r, "x"))
r.x = "x"
del r.y
print(r.x, hasattr(r, "y"))
try:
    del r.y
except AttributeError as e:
    print("delete unset:", e)

v = object()
w = object()
base = sys.getrefcount(v)
b.a = v
print("stored:", sys.getrefcount(v) - base)
b.a = v
print("stored again:", sys.getrefcount(v) - base)
b.a = w
print("replaced:", sys.getrefcount(v) - base)
r.x = v
r.y = v
print("two members:", sys.getrefcount(v) - base)
del r.x
r.y = None
print("deleted and replaced:", sys.getrefcount(v) - base)
