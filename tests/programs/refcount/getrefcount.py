# sys.getrefcount differences: only relative changes are printed
import sys
class Obj:
    pass
x = Obj()
base = sys.getrefcount(x)
print(type(base).__name__)
y = x
print("alias:", sys.getrefcount(x) - base)
lst = [x, x, x]
print("in list 3 times:", sys.getrefcount(x) - base)
d = {"k": x}
print("as dict value:", sys.getrefcount(x) - base)
del lst
print("list deleted:", sys.getrefcount(x) - base)
del y
print("alias deleted:", sys.getrefcount(x) - base)
holder = Obj()
holder.attr = x
print("as attribute:", sys.getrefcount(x) - base)
holder.attr = None
d.clear()
print("all extra refs removed:", sys.getrefcount(x) - base)
def f(arg):
    return sys.getrefcount(arg)
inside = f(x)
print("passed as argument adds refs:", inside - base > 0)
t = (x,)
print("in tuple:", sys.getrefcount(x) - base)
del t
s = set()
s.add(x)
s.add(x)
print("in set (added twice):", sys.getrefcount(x) - base)
s.clear()
fl = [x] * 10
print("list * 10:", sys.getrefcount(x) - base)
fl = None
print("back to base:", sys.getrefcount(x) - base)
import weakref
w = weakref.ref(x)
print("weakref does not add a strong ref:", sys.getrefcount(x) - base)
closure = (lambda captured: (lambda: captured))(x)
print("captured by closure:", sys.getrefcount(x) - base)
del closure
print("closure released:", sys.getrefcount(x) - base)
