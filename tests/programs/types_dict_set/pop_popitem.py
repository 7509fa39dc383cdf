# pop and popitem semantics: LIFO order, defaults, errors
d = {c: i for i, c in enumerate("abcdef")}
print(d.popitem(), d.popitem(), d)
print(d.pop("a"), d.pop("zz", None), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__ + ":", e, e.args)
d["z"] = 26
print(d.popitem(), d)
while d:
    print("popping", d.popitem())
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__ + ":", e)
e = {1: "x"}
print(e.pop(1.0), e)
try:
    {}.pop()
except TypeError as err:
    print(type(err).__name__ + ":", err)
try:
    {}.pop([], 1)
except TypeError as err:
    print(type(err).__name__ + ":", err)
s = {3, 1, 2}
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
try:
    s.pop()
except KeyError as err:
    print(type(err).__name__ + ":", err)
f = {10: "a"}
f[20] = "b"
del f[10]
f[10] = "c"
print(f.popitem(), f.popitem())
from collections import OrderedDict
od = OrderedDict.fromkeys("abc")
print(od.popitem(), od.popitem(last=False), od)
