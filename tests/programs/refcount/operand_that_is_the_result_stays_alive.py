# An operation whose result is one of its operands (a fresh slice's += , tuple + (), set | empty)
# keeps it alive: __del__ runs when the result is dropped, as in CPython.
class X:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def fresh(n): return (X(n),)
x = fresh(1) + ()
print("after tuple +", x[0].n)
del x
t = [1, X(2), 3]
t[1:2] += [X(3)]
print("after slice +=", [getattr(v, "n", v) for v in t])
del t
y = [X(4)]
z = y[:] * 1
print("after *1", len(z))
del y, z
s = frozenset([X(5)]) | frozenset()
print("after |", len(s))
del s
print("end")
