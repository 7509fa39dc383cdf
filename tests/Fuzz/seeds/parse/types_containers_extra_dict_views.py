# dict views: len, iteration, reversed, membership, repr, set operations, comparisons, isdisjoint.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {1: 10, 2: 20, 3: 30}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print(list(k), list(v), list(i), list(reversed(k)), list(reversed(v)), list(reversed(i)))
d[4] = 40
print(k, v, i)
del d[4]
print(1 in k, 5 in k, 10 in v, 90 in v, (1, 10) in i, (1, 20) in i, 1 in i, (1,) in i)
show(lambda: ([], 1) in i)
print(k & {1, 2, 7}, {1, 2, 7} & k, k | {9}, {9} | k, k - {1}, {1, 8} - k, k ^ {1, 9}, {1, 9} ^ k)
print(k & [2, 3], [3] & k, k | [0], k - [1, 2], k ^ [3, 4])
print(i & {(1, 10), (2, 80)}, i - {(1, 10)}, i | {(5, 50)})
print(i ^ {(1, 10), (9, 90)}, i ^ {1: 10, 9: 90}.items(), i ^ {1: 70}.items())
print(k & {2: 0, 3: 0}.keys(), k - {2: 0}.keys(), k | {7: 0}.keys(), k ^ {3: 0, 8: 0}.keys())
show(lambda: k - 1)
show(lambda: k | 1)
show(lambda: v | {1})
show(lambda: v - v)
print(k == {1, 2, 3}, k == {1, 2}, k != {1, 2}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= {1, 2, 3, 4})
print({1, 2, 3} == k, k == [1, 2, 3], k == {1: 0, 2: 0, 3: 0}.keys(), i == {(1, 10), (2, 20), (3, 30)})
print(v == v, v == d.values(), v != v)
print(k.isdisjoint([7, 8]), k.isdisjoint({3}), i.isdisjoint([(1, 10)]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
show(lambda: hash(k))
show(lambda: hash(i))
print(hash(v) == hash(v))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k.mapping, type(k.mapping).__name__, k.mapping[1], len(v.mapping), i.mapping.get(2))
it = iter(i)
print(next(it), it.__length_hint__())
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e.items())))
rec = {}
rec[1] = rec.values()
print(rec)
rec2 = {}
rec2[1] = rec2.items()
print(rec2)
