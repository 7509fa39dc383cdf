# Fast paths of tuples, lists and sets as values (issue 9): UNPACK_SEQUENCE of held exact tuples
# (and lists under the GIL) straight to the stack, `x in s` for exact sets with int/str keys,
# list slice assignment and `l[a:b]` copies. Each case must behave as the general path does:
# subclasses, objects with __iter__/__len__, wrong lengths, odd keys, negative and out-of-range bounds.


class T(tuple):
    __slots__ = ()


class TIter(tuple):
    def __iter__(self):
        return iter(("iter-" + str(x) for x in tuple.__iter__(self)))


class LIter(list):
    def __iter__(self):
        return iter([x * 10 for x in list.__iter__(self)])


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return 99

    def __iter__(self):
        return iter(range(self.n))

    def __repr__(self):
        return "Seq(%d)" % self.n


def unpack2(v):
    try:
        a, b = v
        return (a, b)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


def unpack3(v):
    try:
        a, b, c = v
        return (a, b, c)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


held = [(1, 2), (1, 2, 3), (1,), (), [4, 5], [4, 5, 6], [7], T((8, 9)), T((8, 9, 10)),
        TIter((1, 2)), LIter([1, 2]), LIter([1, 2, 3]), Seq(2), Seq(3), Seq(5), "ab", "abc",
        {"k": 1, "j": 2}, range(2), 5, None]
for v in held:
    print(repr(v)[:30], unpack2(v), unpack3(v))
# fresh (floating) sequences: the general path keeps their items alive
for n in range(5):
    print(n, unpack2(tuple(range(n))), unpack3(list(range(n))), unpack2(tuple(str(i) * 2 for i in range(n))))


def make_pair(i):
    return ("x" * i, [i])


total = []
for i in range(4):
    s, l = make_pair(i)
    total.append((s, l))
print(total)

# items that live only in the unpacked sequence
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a, b = (Loud("a1"), Loud("b1"))
print("unpacked", a.name, b.name)
a, b = [Loud("a2"), Loud("b2")]
print("unpacked", a.name, b.name)
pairs = [(Loud("p"), Loud("q"))]
for x, y in pairs:
    print("loop", x.name, y.name)
del x, y
pairs = None
a = b = None
print("after")


# a fresh tuple dies at its unpacking; its items live on in the targets only
def fresh_pair(tag):
    return Loud(tag + "-x"), Loud(tag + "-y")


a, b = fresh_pair("f1")
print("got", a.name, b.name)
a, b = fresh_pair("f2")
print("rebound")
(c, d), e = (Loud("n1"), Loud("n2")), Loud("n3")
print("nested", c.name, d.name, e.name)
c = d = e = a = b = None
print("cleared")
for k in range(2):
    u, v = fresh_pair("loop%d" % k)
    w, _ = (u, Loud("tmp%d" % k))
    print("loop", w.name)
u = v = w = _ = None
print("after fresh")
nested = [((1, 2), [3, 4]), ((5, 6), [7, 8])]
for (p, q), [r, s] in nested:
    print(p, q, r, s)


# `in` for sets and frozensets
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other

    def __repr__(self):
        return "H(%r)" % self.v


class S(set):
    def __contains__(self, x):
        return "sub"


class MyInt(int):
    def __hash__(self):
        return 7


s = {1, 2, "a", (1, 2), 1.5, -7, 2 ** 70, frozenset({3})}
fs = frozenset(s)
for k in [1, 1.0, True, False, 2, "a", "b", (1, 2), -7, -8, 2 ** 70, 2 ** 70 + 1, 1.5, {3}, frozenset({3}), MyInt(1), MyInt(3), H(2), H(9)]:
    print(repr(k), k in s, k not in s, k in fs)
print(5 in S([5]), 6 in S())
try:
    [1] in s
except TypeError as e:
    print("TypeError:", e)
print(all(c in {0, 1, 2, 3} for c in range(4)), [c in {-5, -6, -7} for c in range(-8, -4)])
strs = {"x" + str(i) for i in range(20)}
print(sum(("x" + str(i)) in strs for i in range(30)))

# list slice assignment and copies
base = list(range(8))
for lo, hi in [(None, None), (0, 3), (2, -1), (-3, None), (-20, 3), (5, 50), (6, 2), (None, -20)]:
    l = base[:]
    piece = l[lo:hi]
    l[lo:hi] = piece[::-1]
    print(lo, hi, piece, l)
for k in range(8):
    p = base[:]
    p[:k + 1] = p[k::-1]
    print(k, p)


class Idx:
    def __index__(self):
        return 2


l = base[:]
l[Idx()] = "two"
l[True] = "one"
print(l)
l[1:3] = (x for x in "gen")
print(l)
l[::2] = "abcde"
print(l)
try:
    l[::2] = "abcd"
except ValueError as e:
    print("ValueError:", e)
try:
    l["a"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    l[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
l[:] = l
print(l, l[-100:100], l[3:1], l[-2:], LIter([1, 2, 3])[1:])

# list.insert shifting in place (with and without spare room), list.reverse in place
l = []
for i in range(12):
    l.insert(i % 3 - 1, i)
    l.insert(0, -i)
    print(len(l), l[:4], l[-3:])
l.insert(100, "end")
l.insert(-100, "start")
print(l)
for n in range(5):
    r = list(range(n))
    r.reverse()
    print(r)
r = [1, 2, 3, 4]
it = iter(r)
print(next(it))
r.reverse()
print(list(it))
q = list(range(10))
for _ in range(15):
    q.insert(0, q.pop())
print(q)
q.reverse()
q[2:5] = []
q.insert(1, "x")
print(q, q[::-1], q[-3:-1])
