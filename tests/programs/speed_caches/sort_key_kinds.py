# list.sort / sorted compare keys of one exact type (int, float, str, tuple) without testing each
# pair's types (TimSort.cs, KindOf), and move items one at a time in the merges: results, stability,
# NaN orderings, errors and the calls of __lt__ must equal CPython's, for uniform and mixed keys.
import random

random.seed(7)
ints = [random.randrange(-1000, 1000) for _ in range(300)] + [2 ** 70, -2 ** 65, 0, 10 ** 30]
print(sorted(ints)[:5], sorted(ints)[-3:], sorted(ints, reverse=True)[:3])
floats = [random.random() * 100 - 50 for _ in range(200)] + [float("inf"), -0.0, 0.0, float("-inf")]
print(sorted(floats)[:2], sorted(floats)[-2:], sorted([3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5]))
words = ["w%03d" % random.randrange(500) for _ in range(400)] + ["\U0001F600", "\uffff", "é", "", "a"]
print(sorted(words)[:4], sorted(words)[-3:], sorted(set(words)) == sorted(words, key=str) and len(set(words)))
pairs = [(-random.randrange(20), "k%d" % random.randrange(50)) for _ in range(300)]
print(sorted(pairs)[:4], sorted(pairs)[-2:])
rows = [(i % 3, float(i % 5), str(i % 7), i) for i in range(100)]
print(sorted(rows, reverse=True)[:3])

# stability with equal keys
recs = [(random.randrange(5), i) for i in range(200)]
byk = sorted(recs, key=lambda r: r[0])
print(all(byk[i][1] < byk[i + 1][1] for i in range(199) if byk[i][0] == byk[i + 1][0]))

# mixed kinds: a bool or an int subclass among ints, ints among floats, a float in a tuple column
class I(int):
    def __lt__(self, other):
        print("I.__lt__", int(self), other)
        return int(self) < other


print(sorted([3, True, 1, False, 2]), sorted([2.5, 1, 3, 0.5]), sorted([(1, 2), (1, 1.5), (0, "x")]))
print(sorted([5, I(3), 4]))
for bad in ([1, "a", 2], [(1, "a"), (1, 2)], [1.0, None]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v


print(sorted([(1, Cmp(2)), (1, Cmp(1)), (0, Cmp(9))]), sorted([Cmp(3), Cmp(1), Cmp(2)]))
lst = [3, 1, 2]
def key(x):
    lst.append(0)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError:", e, lst)
