# Unary operator dunders: __neg__, __pos__, __abs__, __invert__, and errors
class V:
    def __init__(self, x):
        self.x = x
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(+self.x if self.x >= 0 else 0)
    def __abs__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __repr__(self):
        return f"V({self.x})"
v = V(-5)
print(-v, +v, abs(v), ~v, -(-v), ~~v)
class Nothing:
    pass
n = Nothing()
for name, op in [("neg", lambda: -n), ("pos", lambda: +n), ("abs", lambda: abs(n)), ("inv", lambda: ~n)]:
    try:
        op()
    except TypeError as e:
        print(name, type(e).__name__ + ":", e)
print(-True, +True, ~True, abs(-True), ~False)
print(-0, -0.0, +(-0.0), abs(-0.0), -(0j))
print(~0, ~-1, ~255, -(-2 ** 63), abs(-2 ** 100))
try:
    -"str"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    abs([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
class ReturnsAnything:
    def __neg__(self):
        return "negated!"
    def __abs__(self):
        return None
print(-ReturnsAnything(), abs(ReturnsAnything()))
import operator
print(operator.neg(3), operator.pos(-3), operator.invert(4), operator.abs(-7))
class Money:
    def __init__(self, c):
        self.c = c
    def __neg__(self):
        return Money(-self.c)
    def __bool__(self):
        return self.c != 0
    def __repr__(self):
        return f"Money({self.c})"
print(-Money(5), not Money(0), not -Money(1))
print(abs(-3 + 4j), abs(-2.5), -(2 ** 64))
