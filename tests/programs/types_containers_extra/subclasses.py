# User subclasses of list, tuple, dict, set, frozenset.
class L(list):
    def extra(self):
        return len(self) * 10

l = L([3, 1, 2])
l.tag = "t"
l.sort()
print(l, type(l).__name__, l.extra(), l.tag, isinstance(l, list), l == [1, 2, 3], type(l + [1]).__name__, type(l[:]).__name__, type(l * 2).__name__)
print(repr(L()), L("ab"), L(range(3)).copy(), type(L().copy()).__name__)

class L2(list):
    def __init__(self, a, b):
        super().__init__([a, b])
        self.total = a + b

x = L2(1, 2)
print(x, x.total)

class L3(list):
    def __getitem__(self, i):
        return "item"

y = L3([1, 2, 3])
print(y[0], list(y), [v for v in y], y[1:])

class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def first(self):
        return self[0]

t = T(1, 2)
t.note = 5
print(t, t.first(), t.note, type(t).__name__, t + (3,), type(t + (3,)).__name__, hash(t) == hash((1, 2)), t == (1, 2))

class Point(tuple):
    pass

p = Point([1, 2])
print(p, type(p[:]).__name__, Point(), Point(p) == p)

class D(dict):
    def __missing__(self, key):
        self[key] = value = [key]
        return value

dd = D()
dd["a"].append(1)
dd.attr = 1
print(dd, dd.attr, type(dd.copy()).__name__, type(D.fromkeys("ab")).__name__, D.fromkeys("ab"), D(x=1) == {"x": 1})

class Counting(dict):
    calls = 0

    def __setitem__(self, k, v):
        Counting.calls += 1
        super().__setitem__(k, v * 2)

c = Counting()
c["a"] = 1
c.update(b=2)
Counting.fromkeys("xy", 5)
print(c, Counting.calls, dict(c), Counting.fromkeys("xy", 5))

class S(set):
    pass

s = S([3, 1, 2])
s.name = "s"
print(s, type(s).__name__, type(s | {4}).__name__, type(s.copy()).__name__, S(), s.name, s == {1, 2, 3})

class F(frozenset):
    pass

f = F([1, 2])
print(f, F(), type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])), F(f) is f, frozenset(f) is f, type(frozenset(f)).__name__)

class Rev(list):
    def __reversed__(self):
        return iter("reversed!")

print(list(reversed(Rev([1, 2]))))

class MyDict(dict):
    def __iter__(self):
        return iter(["fake"])

md = MyDict(a=1)
print(list(md), dict(md), {**md} if False else md)
