# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__
import math
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(3)
L = list(range(10))
print(L[i], L[Idx(1):Idx(4)], "abcdef"[i:], bin(i), hex(i), oct(i))
import operator
print(range(Idx(5)), [0] * Idx(3), operator.index(i))
print(int(i), (1).__index__())
try:
    float(i)
    print("float via __index__ works")
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, n=None):
        return f"rounded to {n}"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n))
try:
    [1, 2][n]
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(int(3.99), int(-3.99), round(2.5), round(3.5), round(-0.5), math.floor(-1.5), math.ceil(-1.5))
