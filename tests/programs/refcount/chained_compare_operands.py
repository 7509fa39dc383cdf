# A chained comparison copies its middle operand for the next link: the first link must not free
# it (a fresh object only the value stack holds), and the next link or the chain's cleanup must.
class V:
    def __init__(self, n):
        self.n = n

    def _val(self, o):
        return o.n if isinstance(o, V) else o

    def __lt__(self, o):
        print("  lt", self.n, self._val(o))
        return self.n < self._val(o)

    def __gt__(self, o):
        print("  gt", self.n, self._val(o))
        return self.n > self._val(o)

    def __le__(self, o):
        print("  le", self.n, self._val(o))
        return self.n <= self._val(o)

    def __eq__(self, o):
        print("  eq", self.n, self._val(o))
        return self.n == self._val(o)

    __hash__ = object.__hash__

    def __contains__(self, x):
        print("  contains", self.n, x)
        return x == self.n

    def __del__(self):
        print("  del", self.n)
        self.n = -99


def mk(n):
    return V(n)


lo = V(0)
hi = V(10)
print("middle fresh, both links true")
print(lo < mk(5) < hi)
print("middle fresh, first link false")
print(hi < mk(5) < lo)
print("middle fresh, second link false")
print(lo < mk(50) < hi)
print("int bounds")
print(0 < mk(3) < 5)
print("all fresh, three links")
print(mk(1) < mk(2) < mk(3) <= mk(3))
print("== in a chain")
print(mk(7) == mk(7) == 7)
print("in: fresh container in the middle")
print(4 in mk(4) in [4, -99])
print("in: first link false")
print(3 in mk(4) in [4])
print("is in a chain")
x = mk(8)
print(x is x < hi)
del x
print("chain as a condition")
if lo < mk(6) < hi:
    print("taken")
if not (lo < mk(60) < hi):
    print("not taken")
while lo < mk(9) < hi:
    print("loop body")
    break
print("floats")
y = 1.5
print(0.0 < y * 2.0 < 10.0, 0.0 < y * 20.0 < 10.0, -1.0 < -y < 0.0 < y)
print(1 < 2.5 < 3 < 3.5)


def in_function(a, b):
    return a < mk(a.n + 1) < b


print("in a function")
print(in_function(lo, hi))
print("end")
