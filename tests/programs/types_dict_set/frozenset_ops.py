# frozenset: hashability, use as dict key / set element, operations
fs = frozenset("abca")
print(sorted(fs), len(fs), "a" in fs, type(fs).__name__)
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()], frozenset([1, 2]) in d)
power = {frozenset()}
for x in [1, 2, 3]:
    power |= {s | {x} for s in power}
print(len(power), sorted(sorted(s) for s in power))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()) == hash(frozenset([])))
f1, f2 = frozenset({1, 2, 3}), frozenset({2, 3, 4})
for r in (f1 | f2, f1 & f2, f1 - f2, f1 ^ f2, f1.union([9]), f1.intersection({3}), f1.copy()):
    print(type(r).__name__, sorted(r))
print(f1.copy() is f1, frozenset(f1) is f1, f1 <= f1 | f2, f1.isdisjoint({7}))
for name in ("add", "discard", "update", "clear", "pop", "remove"):
    print(name, hasattr(f1, name))
try:
    f1 |= {5}
    print("rebinding |= works:", sorted(f1), type(f1).__name__)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(frozenset() == set(), frozenset({1}) == {1}, {frozenset({1}): 1} == {frozenset([1]): 1})
print(repr(frozenset()), repr(frozenset({1})), repr(frozenset({"x"})), str(frozenset({(1, 2)})))
class FS(frozenset):
    pass
sub = FS([1, 2])
print(type(sub).__name__, type(sub | {3}).__name__, sorted(sub), isinstance(sub, frozenset))
graph_edges = {frozenset((a, b)) for a, b in [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3)]}
print(len(graph_edges), sorted(tuple(sorted(e)) for e in graph_edges))
