# BUILD_SLICE followed by BINARY_SUBSCR on an exact tuple or str runs without a slice object
# (Interpreter.SeqSlices.cs): every bound kind against the slice object's result (the general path),
# identity of full slices, non-BMP text, errors, __index__ bounds, subclasses and floating containers.
import sys

M = sys.maxsize
bounds = [None, 0, 3, -3, 9, 10, 11, -11, True, False, M, -M, -M - 1, 2**64, -2**64]
steps = [None, 1, 2, -1, -2, 3, -3, True, M, -M, -M - 1, 2**64, -2**64]
t = tuple(range(10))
s = "abcdefghij"
u = "a\U0001F600c\u00e9e\U0001F601ghi\u4e2d"  # code points outside the BMP: str indices are code points
n = 0
h = 0
for a in bounds:
    for b in bounds:
        for c in steps:
            for seq in (t, s, u):
                got = seq[a:b:c]
                two = seq[a:b]
                if got != seq[slice(a, b, c)] or two != seq[slice(a, b)] or type(got) is not type(seq):
                    print("differs", repr(seq), a, b, c)
                n += 1
                h = (h * 31 + hash(got if seq is t else len(got)) + len(two)) % 1000000007
print(n, h)
for i, (a, b, c) in enumerate([(1, None, None), (None, 3, None), (2, 7, 2), (None, None, -1), (-3, None, None), (8, 2, -2), (-M - 1, M, 3)]):
    print(t[a:b:c], s[a:b:c], u[a:b:c], ascii(u[a:b]))

# full slices of exact tuples and strs are the object itself; a step of 1 too
print(t[:] is t, t[0:] is t, t[::1] is t, t[-100:100] is t, s[:] is s, s[0:10] is s, t[1:] is t)
k = 3
print(s[:k], s[k:], s[k:-k], s[-k:], s[::k], t[k:], t[:-k], t[::-k])

# a zero step and bad bounds raise what tuple / str __getitem__ raise
for seq in (t, s):
    for c in (0, False):
        try:
            seq[1:5:c]
        except ValueError as e:
            print("ValueError", e)
    for bad in (1.5, "a", [1], 1j):
        try:
            seq[bad:3]
        except TypeError as e:
            print("TypeError", e)
        try:
            seq[1:bad]
        except TypeError as e:
            print("TypeError", e)
        try:
            seq[::bad]
        except TypeError as e:
            print("TypeError", e)

# __index__ bounds (the general path calls them, in order step, start, stop), and an int subclass
class Bound:
    """An __index__ bound that says when it is read; its value may be beyond the long range."""
    def __init__(self, v, quiet=False): self.v, self.quiet = v, quiet
    def __index__(self):
        if not self.quiet: print("bound read", self.v)
        return self.v
class Small(int):  # an int subclass is read as the int it is, its __index__ is not called
    __index__ = lambda self: 0
print(t[Bound(2):Bound(-2):Bound(2)], s[Bound(1):Bound(-1):Bound(3)], t[Small(3):Small(6)], s[Small(2):Small(5)])
B = 2**70
print(t[Bound(B, True):], s[:Bound(B, True)], s[Bound(-B, True):Bound(B, True)], t[::Bound(-B, True)])

# subclasses: an overriding __getitem__ sees the slice object; an inheriting one gives the base's answer
class T(tuple):
    def __getitem__(self, k):
        print("T.__getitem__", k)
        return tuple.__getitem__(self, k)
class S(str):
    def __getitem__(self, k):
        print("S.__getitem__", k)
        return str.__getitem__(self, k)
class T2(tuple): pass
class S2(str): pass
print(T(t)[1:3], S(s)[::2], S(s)[:])
a, b = T2(t), S2(s)
print(a[:], type(a[:]).__name__, a[:] is a, b[:], type(b[:]).__name__, b[:] is b, a[2:4], b[2:4])

# a str built by += (a shared append buffer) slices as its text
w = ""
for i in range(300):
    w += chr(65 + i % 26)
print(w[:5], w[-5:], w[100:110:3], len(w[::-1]), w[::-1][:4])

# floating containers: freed after the instruction (their items too), __del__ order as CPython
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make(): return (D(0), D(1), D(2), D(3))
print(len(make()[1:3]))
print("after read")
x = make()[::-1][:2]
print("kept", [d.n for d in x])
del x
print("dropped")
y = make()[:]
print("whole", len(y))
del y
print("end")
