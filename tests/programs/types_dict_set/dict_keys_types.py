# What can be a dict key: hashable types, equal-hash collisions, numeric key unification
d = {}
d[1] = "int"
d[1.0] = "float overwrites int key"
d[True] = "bool overwrites too"
print(d, len(d))
d2 = {0: "zero", False: "false", 0.0: "float zero", -0.0: "neg"}
print(d2)
keys = [None, "", (), frozenset(), 0j, b"", range(0), ..., len, int, (1, (2, 3))]
d3 = {k: i for i, k in enumerate(keys)}
print(len(d3), d3[None], d3[()], d3[frozenset()], d3[b""], d3[...], d3[int], d3[(1, (2, 3))])
print(d3[0j] == d3[0] if 0 in d3 else "0 not a key", 0j in d3, False in d3)
for bad in ([], {}, set(), bytearray(), ([],)):
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"
ci = {Key("Hello"): 1}
ci[Key("HELLO")] = 2
print(ci, Key("hello") in ci)
class NoEq:
    pass
a, b = NoEq(), NoEq()
ne = {a: "a", b: "b"}
print(len(ne), ne[a], ne[b])
print({float("nan"): 1, float("nan"): 2}.__len__())
nan = float("nan")
print({nan: 1, nan: 2})
print({2 ** 64: "big", 2.0 ** 64: "bigf"}, {-1: "m1", -2: "m2"})
print({"a": 1}.keys() == {"a"}, {(1, 2): 0}.get((1, 2)), {frozenset({1, 2}): 0}.get(frozenset({2, 1})))
