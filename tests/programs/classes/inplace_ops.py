# In-place operators (__iadd__ etc.) and fallbacks to binary operators
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __imatmul__(self, o):
        return "imatmul result"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2; a *= 3; a |= 1; a **= 2
print(a)
a @= 0
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  OnlyAdd.__add__")
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob)
class ReturnsNone:
    def __iadd__(self, o):
        pass
r = ReturnsNone()
r += 1
print(r)
class NotImpl:
    def __iadd__(self, o):
        print("  __iadd__ NotImplemented")
        return NotImplemented
    def __add__(self, o):
        print("  __add__ fallback")
        return "from __add__"
n = NotImpl()
n += 1
print(n)
class NoOps:
    pass
x = NoOps()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    x //= 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
L = [1]
L += (2, 3)
print(L)
try:
    L = L + (4,)
except TypeError as e:
    print(type(e).__name__ + ":", e)
