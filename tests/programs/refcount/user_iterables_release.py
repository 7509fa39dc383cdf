# Natives that iterate an object of a user class release the iterator its __iter__ made, as
# they do for builtin containers: a fresh iterator dies when the native is done (even when it
# stops early), and a list only that iterator held is freed with its items, after the native
# has counted (or returned) what it keeps.
import functools
import math
import operator

import _user_iterator


class It(_user_iterator.It):
    def __del__(self):
        print("del It")


class Iterable:
    def __iter__(self):
        return It(2)


x = Iterable()
for name, f in [("list", list), ("sum", sum), ("max", max), ("sorted", sorted), ("set", set),
                ("tuple", tuple), ("any", any), ("all", all), ("dict.fromkeys", dict.fromkeys),
                ("reduce", lambda i: functools.reduce(lambda a, b: b, i)), ("prod", math.prod),
                ("in", lambda i: 1 in i), ("set.update", lambda i: set().update(i)),
                ("countOf", lambda i: operator.countOf(i, 1)), ("indexOf", lambda i: operator.indexOf(i, 1)),
                ("sumprod", lambda i: math.sumprod(i, [1, 1]))]:
    print(name, f(x) is not None)


class N:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del N", self.v)

    def __lt__(self, other):
        return self.v < other.v


class ListIterable:
    def __iter__(self):
        return iter([N(1), N(2)])


y = ListIterable()
print(max(y).v)
print("max")
print(min(y, key=lambda n: n.v).v)
print("min")
print(functools.reduce(lambda a, b: b, y).v)
print("reduce")
print(sum(y, start=[]) if False else len(list(y)))
print("list")
print(any(y))
print("any")
t = tuple(y)
print([n.v for n in t])
del t
print("end")
