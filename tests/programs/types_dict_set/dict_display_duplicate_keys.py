# Dict displays (BUILD_MAP, BUILD_CONST_KEY_MAP) with equal keys: the first key object stays, the
# last value wins, replaced values and unused keys are released; a key whose __hash__ raises
# leaves no dict behind (what it had taken is released).
import sys

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n

a, b, c = object(), object(), object()
ra, rb, rc = sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c)
def counts():
    return sys.getrefcount(a) - ra, sys.getrefcount(b) - rb, sys.getrefcount(c) - rc

d = {1: a, 1.0: b, True: c}
print(d == {1: c}, type(next(iter(d))).__name__)
print(counts())
k1, k2 = K(5), K(5)
kb = sys.getrefcount(k2)
d2 = {k1: a, k2: b, K(6): c}
print(len(d2), next(iter(d2)) is k1, d2[K(5)] is b, sys.getrefcount(k2) - kb)
print(counts())
x = 3
d3 = {"p": x, "q": x + 1, "p": x + 2}
print(d3)
d4 = dict(p=1, q=2)
print({**d4, "p": 9})

class Bad:
    def __hash__(self):
        raise TypeError("no hash")
def bad_display():
    return {1: a, Bad(): b}
try:
    bad_display()
except TypeError as e:
    print("TypeError", e)
print(counts())
del d, d2
print(counts())
