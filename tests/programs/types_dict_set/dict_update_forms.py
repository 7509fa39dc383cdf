# dict.update and dict() with every accepted argument form, plus | and |=
base = {"a": 1}
base.update({"b": 2})
base.update([("c", 3), ["d", 4]])
base.update((("e", 5),))
base.update(f=6, g=7)
base.update({"a": 10}, a=100)
base.update(zip("hi", (8, 9)))
class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
base.update(KeysOnly())
print(base)
print(dict(x=1), dict({"x": 1}, y=2), dict([("x", 1)], x=2), dict(KeysOnly()))
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print(d1 | d2, d2 | d1, d1, d2)
d1 |= d2
print(d1)
d1 |= [("z", 26)]
print(d1)
try:
    d1 | [("q", 1)]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    d1 | {1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
for bad in ([1, 2], [("a",)], ["ab", "cde"], 5, None):
    try:
        {}.update(bad)
        print("accepted", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print({}.update(["ab"]) is None, dict(["ab", "cd"]))
x = {"n": 0}
x.update(n=x["n"] + 1)
x.update(x)
print(x)
from collections import OrderedDict, defaultdict
print(type({} | OrderedDict(a=1)).__name__, type(OrderedDict(a=1) | {}).__name__, type(defaultdict(int) | {"k": 1}).__name__)
