# list.sort: stability, key, reverse, CPython's exact comparison sequence (timsort).
def srt(x, **kw):
    r = list(x)
    r.sort(**kw)
    return r

class LCG:
    def __init__(self, seed):
        self.x = seed

    def next(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x % n


class Rec:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Rec.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "R" + str(self.v)

for data in ([3, 1, 2], [5, 4, 3, 2, 1], [1, 2, 3, 4, 5], [2, 2, 1, 1, 3, 3], [1, 3, 2, 4, 6, 5, 8, 7]):
    Rec.log = []
    lst = [Rec(v) for v in data]
    lst.sort()
    print(lst, Rec.log)

rng = LCG(1)
for n in (10, 64, 65, 100, 300, 1000):
    data = [rng.next(50) for _ in range(n)]
    Rec.log = []
    lst = [Rec(v) for v in data]
    lst.sort()
    print(n, len(Rec.log), hash(tuple(Rec.log)) & 0xFFFFFFFF, [r.v for r in lst] == srt(data))

# Stability with keys and reverse.
pairs = [(i % 5, i) for i in range(30)]
print(srt(pairs, key=lambda p: p[0]))
print(srt(pairs, key=lambda p: p[0], reverse=True))
words = ["b", "A", "a", "B", "c", "C"]
print(srt(words, key=str.lower), srt(words), srt(words, reverse=True))

# NaN makes the order depend on the algorithm.
nan = float("nan")
print(srt([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(srt([nan, 5.0, 4.0, 3.0, nan, 2.0, 1.0]))
rng = LCG(7)
vals = [rng.next(1000000) / 1000000.0 for _ in range(200)]
for i in range(0, 200, 17):
    vals[i] = nan
s = srt(vals)
print([i for i in range(len(s)) if s[i] != s[i]])

# Partially ordered inputs: runs, descending runs with equal elements.
print(srt([5, 5, 4, 4, 3, 3, 9, 9, 1]))
data = list(range(100, 0, -1)) + list(range(50))
Rec.log = []
lst = [Rec(v) for v in data]
lst.sort()
print(len(Rec.log))
data = [3] * 40 + [2] * 40 + [1] * 40
Rec.log = []
lst = [Rec(v) for v in data]
lst.sort()
print(len(Rec.log))

# Errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: [1].sort(1))
show(lambda: [1].sort(key=1, x=2))
show(lambda: [1, "a"].sort())
show(lambda: [2, 1].sort(key=lambda x: 1 / 0))
l = [3, 2, 1]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", l)

# Mutation during sort.
l = [3, 2, 1]
def bad_key(x):
    l.append(x)
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, l)

seen = []
def peek(x):
    seen.append(len(l2))
    return x
l2 = [5, 4, 3]
l2.sort(key=peek)
print(seen, l2)
print(srt([], reverse=True), srt([1]), srt((3, 1, 2), reverse=1))
l3 = [1, 2, 3]
l3.sort(reverse=None)
print(l3)
l3.sort(key=None, reverse=True)
print(l3)
print(srt([(1, "b"), (1, "a"), (0, "z")]), srt([[2, 1], [1, 2], [1]]))
print(srt([10**20, -5, 3, 10**19, -10**30]), srt(["b", "\u00e9", "a", "\U0001F600", "\uffff"]))
