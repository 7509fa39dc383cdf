# dict preserves insertion order: updates, deletes, re-inserts
d = {}
for k in ["zebra", "apple", "mango", "banana"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 100
print(list(d.items()))
del d["zebra"]
d["zebra"] = 0
print(list(d))
d.update({"mango": -1, "kiwi": 4})
print(d)
print(d.popitem(), list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, list(d2.keys()), sorted(d2))
print({**{"b": 1}, **{"a": 2}, **{"b": 3}})
print(dict(zip("cab", range(3))), dict.fromkeys("hello"))
print({k: None for k in "mississippi"})
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b))
from collections import OrderedDict
oa = OrderedDict(a)
ob = OrderedDict(b)
print(oa == ob, oa == b, dict(oa) == dict(ob))
m = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del m[i]
for i in range(0, 10, 4):
    m[i] = -i
print(m)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 3):
    del big[i]
print(list(big)[:5], list(big)[-3:], len(big))
print(next(iter(d)), next(reversed(d)), list(reversed(d2.items())))
