# Tuples: methods, immutability, packing/unpacking, hashing
t = (3, 1, 4, 1, 5, 9, 2, 6, 5)
print(t.count(1), t.count(5), t.count(7), t.index(4), t.index(5), t.index(5, 5), t.index(1, 2, 4))
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(len(t), min(t), max(t), sum(t), sorted(t), t[::-1], t[2:5], 9 in t, 10 not in t)
single = (1,)
empty = ()
not_tuple = (1)
print(single, empty, not_tuple, type(single).__name__, type(not_tuple).__name__, len(empty))
packed = 1, "two", 3.0
a, b, c = packed
print(packed, a, b, c)
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 * ("x",))
try:
    t[0] = 100
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
inner = ([1, 2], "s")
inner[0].append(3)
print(inner)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], len({(1, 2), (1, 2), (2, 1)}))
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({"k": 1}), tuple(x * x for x in range(4)))
print(sorted(m for m in dir(tuple) if not m.startswith("_")))
print((1, 2, 3)[-1], (1, (2, (3, (4,))))[1][1][1][0])
try:
    (1, 2)[5]
except IndexError as e:
    print(type(e).__name__ + ":", e)
print(repr((1,)), repr(()), str((1, "a")), repr(((),)))
