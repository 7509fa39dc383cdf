# Call-site * and ** unpacking
def f(a, b, c=0, *rest, d=None, **kw):
    return a, b, c, rest, d, kw
print(f(*[1, 2]))
print(f(*[1, 2, 3, 4, 5]))
print(f(1, *[2], **{"d": 9}))
print(f(**{"a": 1, "b": 2, "x": 3}))
print(f(*(1,), *(2,), *(), c=7))
print(f(*"ab"))
print(f(*{10: "x", 20: "y"}))
print(f(*range(2), **dict(d=4, e=5)))
def g(x, y):
    return x - y
pairs = [(5, 3), (10, 1)]
print([g(*p) for p in pairs])
print(g(**{"y": 1, "x": 10}))
try:
    g(*[1, 2, 3])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    g(**{"x": 1, "z": 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    g(1, **{"x": 1, "y": 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
def gen():
    yield 1
    yield 2
print(g(*gen()))
from collections import OrderedDict
print(g(**OrderedDict([("x", 5), ("y", 2)])))
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return {"x": 100, "y": 1}[k]
print(g(**Mapping()))
print(print(*[1, 2], sep="+") is None)
args = [3, 1, 2]
print(max(*args), min(*args, 0), sorted(args, **{"reverse": True}))
