# Rich comparison methods, NotImplemented, reflection
LOUD = True
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print(f"  V({self.n}).__eq__")
        if isinstance(other, V):
            return self.n == other.n
        return NotImplemented
    def __lt__(self, other):
        if LOUD:
            print(f"  V({self.n}).__lt__")
        if isinstance(other, V):
            return self.n < other.n
        return NotImplemented
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return f"V({self.n})"
a, b = V(1), V(2)
print(a == b)
print(a != b)
print(a < b)
print(a > b)
print(a <= b, b >= a)
print(a == 1)
LOUD = False
print(sorted([V(3), V(1), V(2)]))
LOUD = True
try:
    a < 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
class W(V):
    def __eq__(self, other):
        print(f"  W({self.n}).__eq__ (subclass)")
        return True
print(V(1) == W(9))
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain())
try:
    p < p
except TypeError as e:
    print(type(e).__name__ + ":", e)
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()] == [1])
print(AlwaysEq() in [1, 2], 3 in [AlwaysEq()])
class ReturnsNonBool:
    def __lt__(self, other):
        return "truthy string"
print(ReturnsNonBool() < 1, 1 > ReturnsNonBool())
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan])
print(max([V(3), V(7), V(5)], key=lambda v: v.n))
