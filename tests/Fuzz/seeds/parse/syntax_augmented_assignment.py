# Augmented assignment operators and their semantics
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b1010; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
L = [1]
alias = L
L += [2, 3]
print(L, alias, L is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
L2 = [1]
L2 *= 3
print(L2)
d = {"n": 0}
d["n"] += 1
d["n"] += 1
print(d)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 41
print(b.v)
M = [[0, 0], [0, 0]]
M[1][0] += 7
print(M)
counter = {"i": 0}
def key():
    counter["i"] += 1
    return "k"
d2 = {"k": 0}
d2[key()] += 5
print(d2, counter)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(tup)
try:
    n = None
    n += 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
fs = frozenset({1})
fs |= {2}
print(sorted(fs), type(fs).__name__)
