# Builtins that iterate a container themselves (sum, min, max, sorted, set, any, all, dict.fromkeys,
# deque, set operations, math.prod/fsum, writelines, ...) release the iterator they made: the
# container's count returns to its start value, and a container only they saw is freed at once.
import collections
import io
import math
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __lt__(self, other):
        return self.name < other.name

    def __hash__(self):
        return hash(self.name)


data = [1000 + i for i in range(5)]
start = sys.getrefcount(data)
s = {1000, 1001}
consumers = [
    ("sum", sum), ("max", max), ("min", min), ("sorted", sorted), ("set", set),
    ("frozenset", frozenset), ("tuple", tuple), ("list", list), ("any", any), ("all", all),
    ("dict.fromkeys", dict.fromkeys), ("deque", collections.deque),
    ("math.prod", math.prod), ("math.fsum", math.fsum),
    ("set.update", lambda d: set().update(d)), ("set.issuperset", s.issuperset),
    ("set.isdisjoint", s.isdisjoint), ("set.intersection", s.intersection),
    ("set.difference_update", lambda d: set(s).difference_update(d)),
    ("dict.keys &", lambda d: {1000: 1}.keys() & d),
    ("writelines", lambda d: io.StringIO().writelines(map(str, d))),
    ("in", lambda d: 1003 in iter(d)),
    ("_count_elements", lambda d: __import__("_collections")._count_elements({}, d)),
]
for name, f in consumers:
    f(data)
    print(name, sys.getrefcount(data) - start)

d = {"a": 1, "b": 2}
start = sys.getrefcount(d)
print(sorted(d.items()), max(d), sum(d.values()), sorted(set(d.keys())), sys.getrefcount(d) - start)

print(max([Noisy("b"), Noisy("a")]).name)
print("after max")
print(len(set([Noisy("c")])))
print("after set")
print(any([Noisy("d")]))
print("end")

# Fresh items (zip's tuples, a reduce's running value) die once the builtin has used them, so
# the objects inside them keep only their own references.
import functools
import itertools


class O:
    pass


objs = [O(), O(), O()]
keys = ["a", "b", "c"]
start = sys.getrefcount(objs[0])
fresh_item_consumers = [
    ("dict(zip)", lambda: dict(zip(keys, objs))), ("dict.update(zip)", lambda: {}.update(zip(keys, objs))),
    ("any(zip)", lambda: any(zip(objs, objs))), ("all(zip)", lambda: all(zip(objs, objs))),
    ("max(zip)", lambda: max(zip(keys, objs), key=lambda t: t[0])), ("min(zip)", lambda: min(zip(keys, objs))[0]),
    ("in zip", lambda: ("z", None) in zip(keys, objs)), ("sum(map)", lambda: sum(map(lambda o: 1, zip(objs, objs)))),
    ("chain", lambda: list(itertools.chain(objs, objs))),
    ("reduce", lambda: functools.reduce(lambda acc, t: acc + [t], zip(objs, objs), [])),
]
for name, f in fresh_item_consumers:
    f()
    print(name, sys.getrefcount(objs[0]) - start)
