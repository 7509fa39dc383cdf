# Fast paths of iteration, comparison and concatenation of tuples and lists (issue 9):
# `for a, b in zip(x, y)` without the pair tuple, FOR_ITER over a tuple iterator, exact
# list < list and list + list / tuple + tuple without the dunder call. Each must behave as the
# general path does: subclasses, fresh items, unequal lengths, errors, mixed types.


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


def fresh(names):
    for n in names:
        yield Loud(n)


# zip pairs: equal, unequal lengths, fresh items (the unpaired one dies at once), strict, 3 args
for a, b in zip([1, 2, 3], "abcd"):
    print(a, b)
for a, b in zip(fresh(["x1", "x2", "x3"]), [10, 20]):
    print("pair", a, b)
print("after unequal")
for a, b in zip(range(3), range(10, 13), strict=True):
    print(a + b)
try:
    for a, b in zip([1, 2], [1], strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
for a, b, c in zip("ab", "cd", "ef"):
    print(a, b, c)
z = zip([1, 2], [3, 4])
for a, b in z:
    print(a, b)
print(list(z), list(zip()), list(zip([1])))
print([(a, b) for a, b in zip({3: 1, 4: 2}, {"k": 0, "j": 1}.items())])
try:
    for a, b in zip([(1, 2, 3)], [4]):
        x, y = a
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b, c in zip([1], [2]):
        pass
except ValueError as e:
    print("ValueError:", e)


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


for a, b in zip(It(), It()):
    print("it", a, b)

# tuple iteration, nested, mutation of what the tuple holds, subclasses with __iter__
t = (1, "two", [3], (4, 5))
for x in t:
    print(x)
total = 0
for row in ((1, 2), (3, 4)):
    for x in row:
        total += x
print(total)


class TT(tuple):
    def __iter__(self):
        return iter(["sub"])


for x in TT((1, 2)):
    print(x)
it = iter((7, 8, 9))
next(it)
for x in it:
    print("rest", x)
print(list(it))
for x in (Loud("t1"), Loud("t2")):
    print("in loop", x)
print("after tuple loop")


# list comparisons (exact, subclasses, mixed, with __eq__/__lt__ of items, nested, errors)
class LT(list):
    def __lt__(self, other):
        return "LT.__lt__"


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq", self.v)
        return isinstance(o, V) and self.v == o.v

    def __lt__(self, o):
        print("lt", self.v)
        return self.v < o.v

    def __le__(self, o):
        print("le", self.v)
        return self.v <= o.v

    def __gt__(self, o):
        print("gt", self.v)
        return self.v > o.v

    def __ge__(self, o):
        print("ge", self.v)
        return self.v >= o.v


pairs = [([1, 2, 3], [1, 2, 4]), ([1, 2], [1, 2, 0]), ([], []), ([2], [1, 9]), ([1.0], [1]),
         (["a"], ["b"]), ([[1, 2]], [[1, 3]]), ([V(1)], [V(2)]), ([V(3), 1], [V(3), 2])]
for x, y in pairs:
    print(x < y, x <= y, x > y, x >= y, x == y, x != y)
print([1] < LT([2]), LT([1]) < [2], [1, 2] == (1, 2), [1] < [1, 2] < [1, 3])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)

# concatenation
print([1, 2] + [3], [] + [], (1,) + (2, 3), () + (4,), (5,) + ())
e = ()
print(e + () is e, (1, 2) + () == (1, 2))


class TL(list):
    def __add__(self, o):
        return "TL.__add__"

    def __radd__(self, o):
        return "TL.__radd__"


print(TL([1]) + [2], [2] + TL([1]))
for bad in [([1], (2,)), ((1,), [2]), ([1], 3), ((1,), "s")]:
    try:
        bad[0] + bad[1]
    except TypeError as e:
        print("TypeError:", e)
l = [Loud("c1")]
m = l + l
del l
print("concat", m)
m = None
print("end")
