# list(x) and tuple(x) on the exact types take a fast path (PyType.FastCall) that skips __new__/__init__;
# subclasses, keyword arguments, errors and reference counts must be what the general path gives.
class L2(list):
    def __init__(self, *a):
        super().__init__(*a); self.tag = 1
class T2(tuple): pass
t = (1, 2, 3)
print(list(t), list(), list("ab"), list({1: 2}), list(range(3)), L2([1]).tag, type(L2((1,))).__name__)
print(tuple([1, 2]), tuple(t) is t, type(T2([1])).__name__, tuple(T2([1, 2])), tuple())
a = [1, 2]; b = list(a); b.append(3); print(a, b)
try: list(1)
except TypeError as e: print(e)
try: list([1], [2])
except TypeError as e: print(e)
try: list(x=1)
except TypeError as e: print(e)
try: tuple(x=1)
except TypeError as e: print(e)
def g():
    yield 1; raise ValueError("boom")
try: list(g())
except ValueError as e: print(e)
import sys
x = object(); before = sys.getrefcount(x); l = list([x, x]); print(sys.getrefcount(x) - before); del l; print(sys.getrefcount(x) - before)
