# Binary arithmetic dunders on a vector class
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "Vec" + repr(self.c)
    def _zip(self, o, op):
        if isinstance(o, Vec):
            return Vec(*[op(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return Vec(*[op(a, o) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is None:
            return self._zip(o, lambda a, b: a ** b)
        return Vec(*[pow(a, o, mod) for a in self.c])
    def __divmod__(self, o): return (self // o, self % o)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __lshift__(self, n): return Vec(*[a << n for a in self.c])
    def __rshift__(self, n): return Vec(*[a >> n for a in self.c])
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
a, b = Vec(6, 7), Vec(4, 2)
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(a ** 2, pow(a, 2, 5), divmod(a, 4), a @ b)
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(a + 1, a * 0.5)
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    1 + a
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a - None
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
print(Money(150) + Money(275))
try:
    sum([Money(1), Money(2)])
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
print(sum([Money(1), Money(2)], Money(0)))
try:
    a @ 3
except AttributeError as e:
    print(type(e).__name__ + ":", e)
