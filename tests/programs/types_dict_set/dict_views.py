# dict views: dynamic nature, set operations, membership, reversed
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "zz" in k)
print(k & {"b", "x"}, k | {"z"} == {"b", "c", "d", "z"}, k - {"b"} == {"c", "d"}, k ^ {"b", "q"} == {"c", "d", "q"})
print(it & {("c", 3), ("c", 4)}, sorted(it | {("e", 5)}), k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(type(k & set()).__name__, type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k == {"b", "c", "d"}, v == [2, 3, 4], it == {("b", 2), ("c", 3), ("d", 4)})
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    for key in k:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
print(k.mapping, type(k.mapping).__name__, k.mapping["b"])
e = {}
print(list(e.keys()), e.items() == set(), e.keys() | {1})
x = {1: "a", 2: "b"}
y = {2: "b", 3: "c"}
print(x.keys() & y.keys(), x.items() & y.items(), x.keys() - y.keys(), sorted(x.keys() | y.keys()))
unhashable_vals = {"k": [1]}
try:
    unhashable_vals.items() & {("k", 1)}
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted(d.items(), key=lambda kv: -kv[1]), max(d, key=d.get), sum(d.values()))
