# dict(): constructor forms
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}))
print(dict({"a": 1}, b=2), dict([("a", 1)], a=99), dict(zip("xyz", range(3))))
print(dict([["k", "v"], ("k2", "v2"), "ab"]))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()))
d = {"a": 1}
copy = dict(d)
copy["b"] = 2
print(d, copy, copy is d)
for bad in ([1, 2], [(1, 2, 3)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(dict(**{"a": 1}, b=2), dict(dict(a=1), **{"a": 2}))
print(dict(((i, i * i) for i in range(4))))
print(dict(enumerate("ab")), dict([(1, "x"), (1.0, "y"), (True, "z")]))
print(type(dict()).__name__, dict.__name__, isinstance({}, dict))
print(dict(sorted({"b": 1, "a": 2}.items())), list(dict(c=3, a=1, b=2)))
try:
    dict([("a", 1)], [("b", 2)])
except TypeError as e:
    print(type(e).__name__ + ":", e)
