# A rich comparison whose result is one of its operands (`__eq__` returning self or other, `__lt__`
# returning a fresh operand) keeps it alive while it is the result: __del__ runs when the result is
# dropped, as in CPython, not while it is still used.
class X:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __eq__(self, o): return self
    def __lt__(self, o): return o
    def __gt__(self, o): return self
    def __bool__(self):
        print("bool", self.n)
        return True
    __hash__ = object.__hash__

def fresh(n): return X(n)

r = fresh(1) == 0
print("eq returned self:", r.n)
del r
r = 0 < fresh(2)
print("reflected gt returned self:", r.n)
del r
r = fresh(3) < fresh(4)
print("lt returned other:", r.n)
del r
r = fresh(5) > fresh(6)
print("gt returned self:", r.n)
del r
if fresh(7) == 1:
    print("branch taken")
print("after branch")

def in_function(k):
    out = []
    for i in range(k):
        r = fresh(10 + i) == i
        out.append(r.n)
        r2 = fresh(20 + i) < fresh(30 + i)
        out.append(r2.n)
    return out

print(in_function(3))
# in a chain: the middle operand is also the next link's left operand
r = 0 < fresh(40) < 5
print("chain:", type(r).__name__, getattr(r, "n", r))
del r
print("end")
