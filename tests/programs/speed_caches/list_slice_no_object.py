# BUILD_SLICE followed by BINARY_SUBSCR / STORE_SUBSCR on an exact list runs without a slice object
# (Interpreter.ListSlices.cs): every bound kind, floating containers and values, errors raised by the
# value, and the cases that must still take the general path.
import sys

p = list(range(10))
M = sys.maxsize
bounds = [None, 0, 3, -3, 9, 10, 11, -11, True, False, M, -M, -M - 1, 2**64, -2**64]
steps = [None, 1, 2, -1, -2, 3, -3, True, M, -M, -M - 1, 2**64, -2**64]
lines = []
for a in bounds:
    for b in bounds:
        for c in steps:
            got = p[a:b:c]
            if got != p[slice(a, b, c)] or p[a:b] != p[slice(a, b)]:  # the general path (a slice object)
                print("differs", a, b, c)
            q = list(p)
            q[a:b] = "xy"
            r = list(p)
            r[slice(a, b)] = "xy"
            if q != r:
                print("assignment differs", a, b)
            lines.append((a, b, c, got, p[a:b]))
print(len(lines), sum((i + 1) * (len(r[3]) + 3 * sum(r[3]) + 7 * sum(r[4])) for i, r in enumerate(lines)))
for row in lines[::97]:
    print(row)

# a zero step and a bad bound raise what list.__getitem__ raises
for c in (0, False):
    try:
        p[1:5:c]
    except ValueError as e:
        print("ValueError", e)
for bad in (1.5, "a", [1]):
    try:
        p[bad:3]
    except TypeError as e:
        print("TypeError", e)
    try:
        p[1:3] = [bad]
        print(p)
        p[bad:] = [1]
    except TypeError as e:
        print("TypeError", e)
p = list(range(10))

# __index__ bounds (the general path calls it), and an int subclass (read as the int it is)
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
class MyInt(int):
    def __index__(self):
        return 0
print(p[Ix(2):Ix(-2):Ix(2)], p[MyInt(3):MyInt(6)])
q = list(p)
q[Ix(1):Ix(3)] = "ab"
q[MyInt(5):MyInt(7)] = ()
print(q)

# floating containers and values: freed after the instruction, __del__ order as CPython
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make(): return [D(0), D(1), D(2), D(3)]
print(len(make()[1:3]))
print("after read")
r = [D(10), D(11), D(12)]
r[0:2] = [D(20)]
print("after shrink", [d.n for d in r])
r[:] = make()[::-1][:2]
print("after copy", [d.n for d in r])
r[1:] = []
print("after clear tail", [d.n for d in r])
del r
print("dropped")

# the value is the list itself, a tuple, a string, a generator, and a generator that raises
s = [1, 2, 3, 4]
s[1:3] = s
print(s)
s[:2] = (9, 8, 7)
print(s)
s[-1:] = "xy"
print(s)
s[2:4] = (i * i for i in range(3))
print(s)
def boom():
    yield 1
    raise KeyError("in value")
try:
    s[:1] = boom()
except KeyError as e:
    print("KeyError", e, s)
try:
    s[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    s[::2] = [1]
except ValueError as e:
    print("ValueError", e)

# augmented assignment of a slice (the slice object is duplicated: the general path)
t = [1, 2, 3]
t[1:2] += [7, 8]
t[:] *= 2
print(t)

# tuples, strings, ranges and a list subclass are not exact lists
class L(list):
    def __getitem__(self, k):
        return ("L", type(k).__name__)
print((1, 2, 3, 4)[1:3], "abcdef"[::-2], range(10)[2:8:3], L([1])[0:1], L([1, 2])[:])

# a chained assignment: the value has a stack copy for the next target, which must still see its items
p = [0] * 4; q = [0] * 4
p[:2] = q[:2] = [1, 2]
print(p, q)
a = [D(30), D(31)]; b = [D(32), D(33)]
a[:1] = b[1:] = [D(34), D(35)]
print([x.n for x in a], [x.n for x in b])
a[1:] = b[:1] = b[::-1]
print([x.n for x in a], [x.n for x in b])
del a, b
print("end")
