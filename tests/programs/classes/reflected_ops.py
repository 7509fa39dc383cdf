# Reflected (__radd__ etc.) operator dispatch rules
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __add__(self, o):
        print("  R.__add__")
        if isinstance(o, (int, R)):
            return R(self.v + (o.v if isinstance(o, R) else o))
        return NotImplemented
    def __radd__(self, o):
        print("  R.__radd__")
        return R(o + self.v)
    def __rsub__(self, o):
        return R(o - self.v)
    def __rmul__(self, o):
        return R(o * self.v)
    def __rtruediv__(self, o):
        return R(o / self.v)
    def __rpow__(self, o):
        return R(o ** self.v)
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rlshift__(self, o):
        return R(o << self.v)
    def __ror__(self, o):
        return "ror"
print(1 + R(2))
print(R(2) + 1)
print(R(1) + R(2))
print(10 - R(3), 3 * R(4), 1 / R(4), 2 ** R(10), [1] @ R(0), 1 << R(3), 5 | R(0))
print(sum([R(1), R(2), R(3)]))
class Sub(R):
    def __radd__(self, o):
        print("  Sub.__radd__ (subclass wins)")
        return "sub-radd"
print(R(1) + Sub(2))
class Other:
    def __add__(self, o):
        print("  Other.__add__ -> NotImplemented")
        return NotImplemented
    def __radd__(self, o):
        print("  Other.__radd__ -> NotImplemented")
        return NotImplemented
try:
    Other() + Other()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Other() + 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
print("ab" * R(0) if False else "skip")
class StrMul:
    def __rmul__(self, o):
        return f"rmul({o!r})"
print("ab" * StrMul(), [1] * StrMul(), 3 * StrMul())
class OnlyRsub:
    def __rsub__(self, o):
        return "rsub called"
print(5 - OnlyRsub())
try:
    OnlyRsub() - 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
