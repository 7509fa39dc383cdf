# Counted references to a module's globals dict come and go (globals(), vars(), module.__dict__)
# while the module and its code keep using the dict: the dict and what it holds must survive.
import sys

a = frozenset(["p", "q", "r"])
L = [1, 2, 3]

g = globals()
del g
for k in range(40):
    globals()["v%d" % k] = k  # grows (resizes) the globals dict
for _n in a:
    globals()[_n] = _n.upper()
del _n

d = vars(sys.modules[__name__])
del d
m = sys.modules[__name__].__dict__
m["late"] = "set through __dict__"
del m

print(sorted(a), "q" in a, L, p, q, r, v39, late)
print(sys.getrefcount(a), sys.getrefcount(L))  # the globals dict and the argument


def reader():
    return [x for x in sorted(a)], len(L)


for _ in range(3):
    g2 = globals()
    g2.pop("v0", None)
    del g2
    print(reader())

import warnings  # reads sys.warnoptions, a list sys owns
print(type(sys.warnoptions).__name__, sys.warnoptions == [] or all(isinstance(w, str) for w in sys.warnoptions))
print(type(sys.path).__name__, len(sys.path) > 0, type(sys.argv).__name__)
