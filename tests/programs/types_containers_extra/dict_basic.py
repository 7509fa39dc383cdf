# dict: construction forms, errors, ordering, methods, operators, __missing__, iteration errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(dict(), dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({1: 2}, x=3), dict([(1, "a"), (2, "b")]))
print(dict([[1, 2], "ab"]), dict({1: 1}.items()), dict(((i, i * i) for i in range(4))))
show(lambda: dict(1, 2))
show(lambda: dict([1]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict(["abc"]))
show(lambda: dict([(1, 2), 5]))
show(lambda: dict(5))

class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, k):
        return k.upper()

print(dict(Mapping()), dict(Mapping(), z=1))
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
del d["b"]
d["b"] = 4
print(d)
show(lambda: d["zz"])
show(lambda: d[[1]])
def delk(x, k):
    del x[k]
show(lambda: delk({}, 1))
print(d.get("a"), d.get("q"), d.get("q", 0), "a" in d, "q" in d, "q" not in d)
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
print(d.setdefault("a", 100), d.setdefault("n", []), d.setdefault("m"), d)
show(lambda: d.setdefault())
print(d.pop("n"), d.pop("zz", "dflt"), d)
show(lambda: d.pop("zz"))
show(lambda: d.pop())
print(d.popitem(), d.popitem(), d)
show(lambda: {}.popitem())
show(lambda: {}.popitem(1))
e = {1: 1}
e.update({2: 2})
e.update([(3, 3)])
e.update(four=4)
e.update({5: 5}, six=6)
e.update(Mapping())
e.update()
print(e)
show(lambda: e.update(1, 2))
show(lambda: e.update([1, 2]))
print(e.copy() == e, e.copy() is e, type(e.copy()))
e.clear()
print(e, len(e))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys({1: 2, 3: 4}, "v"), dict.fromkeys({5, 6}))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 2}, {} == [], {1: 1} == {1: 1.0})
show(lambda: {} < {})
show(lambda: hash({}))
print({1: 2} | {3: 4}, {1: 2} | {1: 3}, {3: 4} | {1: 2})
x = {1: 2}
y = x
x |= {5: 6}
x |= [(7, 8)]
print(x, y is x)
show(lambda: {1: 2} | [(3, 4)])
show(lambda: [(3, 4)] | {1: 2})
print(list(reversed({1: 2, 3: 4, 5: 6})), list(reversed({})))
print(repr({"a": [1, {"b": (2,)}]}), str({1: "x"}))
r = {}
r["self"] = r
r["list"] = [r]
print(r)
print(1 in {True: 1}, {1: "a", 1.0: "b", True: "c"})
print({0: 0, -1: -1, -2: -2, 10**20: 1}, hash(-1), hash(-2))

# Iteration while mutating.
m = {1: 1, 2: 2}
try:
    for k in m:
        m[k + 10] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
m = {1: 1, 2: 2}
try:
    for k in m:
        del m[k]
except RuntimeError as err:
    print("RuntimeError:", err)
m = {1: 1, 2: 2}
for k in m:
    m[k] = 5
print(m)
m = {1: 1, 2: 2, 3: 3}
try:
    for k in m:
        del m[k]
        m[k + 100] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
it = iter({1: 1, 2: 2})
print(it.__length_hint__(), next(it), it.__length_hint__())

class Missing(dict):
    def __missing__(self, key):
        return key * 2

mm = Missing(a=1)
print(mm["a"], mm["zz"], mm.get("zz"), "zz" in mm, mm, type(mm.copy()), type(mm | {}))
show(lambda: dict.__new__(int))
print(type(dict.__new__(Missing)), dict.__new__(dict))
