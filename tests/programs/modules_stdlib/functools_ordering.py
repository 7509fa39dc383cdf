# functools.cmp_to_key and total_ordering
import functools
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(compare)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (b > a) - (b < a))))
print(max(words, key=functools.cmp_to_key(compare)), min([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b)))
def by_second_desc(x, y):
    return y[1] - x[1]
print(sorted([(1, 5), (2, 9), (3, 5), (4, 1)], key=functools.cmp_to_key(by_second_desc)))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__ + ":", e)
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version("1.2.10"), Version("1.10.0")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2.10"), a != b)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2")]))
print(max(Version("0.1"), Version("0.0.9")), sorted(["1.2", "1.10"]) )
@functools.total_ordering
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(OnlyGt(1) < OnlyGt(2), OnlyGt(3) <= OnlyGt(3), OnlyGt(5) >= OnlyGt(9))
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__ + ":", e)
