# frozenset(): immutability, hashability, operations returning frozensets
fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs, type(fs).__name__)
print(frozenset(), frozenset(""), frozenset("aab") == frozenset("ab"), frozenset(range(3)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "x"}[frozenset([1])])
a, b = frozenset([1, 2, 3]), frozenset([2, 3, 4])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(type(a | b).__name__, type(a | {5}).__name__, type({5} | a).__name__)
print(a.union([9]), a.intersection(b, [3]), a.difference([1]), a.symmetric_difference([1, 9]))
print(a.issubset(range(5)), a.issuperset([1]), a.isdisjoint([7]), a <= b, a < a | b)
print(a == {1, 2, 3}, {1, 2, 3} == a, frozenset() == set())
for method in ("add", "remove", "discard", "pop", "clear", "update"):
    print(method, hasattr(fs, method))
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(fs.copy() is fs, frozenset(fs) is fs)
nested = frozenset([frozenset([1]), frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(repr(frozenset()), repr(frozenset([5])), str(frozenset({"only"})))
s = {frozenset("ab"), frozenset("ba")}
print(len(s))
x = frozenset([1])
x |= {2}
print(sorted(x), type(x).__name__)
