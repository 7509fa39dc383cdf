# Subset/superset comparisons form a partial order; equality across set types
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a < c, a > c, a == c, a != c)
print(sorted([{1, 2, 3}, {1}, {1, 2}], key=len), max([{1}, {1, 2}], key=len))
pairs = [(a, b), (b, a), (a, c), (a, a)]
for x, y in pairs:
    print(sorted(x), sorted(y), x < y, x <= y, x > y, x >= y, x == y)
print(set() < {1}, set() <= set(), set() == frozenset(), {1} < {1.0, 2})
print({1, 2}.issubset([1, 2, 3]), {1, 2} <= {1, 2, 3}, {1, 2}.issuperset(range(2)), {1, 2} >= set(range(1, 3)))
print({"a"} == {"a"}, {"a"} == ["a"], {1, 2} == {2, 1}, {(1, 2)} == {(1, 2)}, {1} == {1, 1, 1})
try:
    {1} < 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {1} <= [1]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sorted([{2}, {1}])
    print("sorted sets by subset order without error")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(min([{1, 2}, {1}]), max([{3}, {1, 2}]))
print(frozenset({1}) < {1, 2}, {1} < frozenset({1, 2}), frozenset({1, 2}) == {2, 1})
words1 = set("the quick brown fox".split())
words2 = set("the lazy brown dog".split())
print(sorted(words1 & words2), sorted(words1 - words2), words1 >= {"fox"}, words1.isdisjoint(words2))
