# The eval loop's list-slice fast paths (BINARY_SUBSCR / STORE_SUBSCR of an exact list and a
# slice) and the same-size slice assignment in place: results, errors and aliasing as list's
# own __getitem__/__setitem__.
import sys

base = list(range(10))
slices = [(None, None, None), (2, 5, None), (5, 2, None), (-3, None, None), (None, -3, None),
          (None, None, -1), (7, None, -2), (None, None, 3), (-100, 100, None), (100, -100, -1),
          (3, 3, None), (9, 0, -3), (sys.maxsize, -sys.maxsize, -1), (2**70, None, None)]
for a, b, c in slices:
    print((a, b, c), base[a:b:c], base[slice(a, b, c)])

# a list subclass goes the general way (its __getitem__ may be overridden)
class L(list):
    def __getitem__(self, k):
        return ("L", k)
    def __setitem__(self, k, v):
        print("L set", k, v)
sub = L([1, 2, 3])
print(sub[1:2], sub[::-1])
sub[0:1] = [9]
print(list(sub))

# assignment: same size (in place), growing, shrinking, extended, self, iterables
def show(expr, f):
    lst = list(range(8))
    try:
        f(lst)
        print(expr, lst)
    except Exception as e:
        print(expr, type(e).__name__, e)

show("p[:4] = p[3::-1]", lambda p: p.__setitem__(slice(None, 4), p[3::-1]))
def flips(p):
    k = p[0]
    p[:k + 1] = p[k::-1]
show("same size", lambda p: (p.__setitem__(0, 5), flips(p)))
def s1(p): p[2:4] = ["a", "b"]
def s2(p): p[2:4] = ["a", "b", "c", "d"]
def s3(p): p[2:6] = []
def s4(p): p[::2] = "wxyz"
def s5(p): p[::2] = "wx"
def s6(p): p[:] = p
def s7(p): p[1:3] = p
def s8(p): p[3:1] = (7, 8)
def s9(p): p[-2:] = range(2)
def s10(p): p[1:2] = 5
def s11(p): p[1:2:0] = [1]
def s12(p): p[100:] = [1, 2]
def s13(p): p[1.5:] = [1]
for f in (s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13):
    show(f.__name__, f)
try:
    base[1.5:2]
except TypeError as e:
    print("TypeError", e)

# each slot is released or kept as list_ass_slice does: __del__ order of replaced items
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
p = [D(0), D(1), D(2), D(3)]
p[1:3] = [D(10), D(11)]
print("after same-size")
p[0:2] = [D(20)]
print("after shrink")
del p
print("end")

# a loop that runs long enough for the tiered code: pancake flips of every permutation of 6
import itertools

def flips_of(perm):
    perm = perm[:]
    n = 0
    while perm[0]:
        k = perm[0]
        perm[:k + 1] = perm[k::-1]
        n += 1
    return n, perm

total = 0
last = None
for p in itertools.permutations(range(6)):
    n, last = flips_of(list(p))
    total += n
print(total, last)
