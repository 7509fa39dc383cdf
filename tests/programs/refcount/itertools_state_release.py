# itertools iterators release what their state holds: the running total of accumulate, the
# previous item of pairwise, cycle's saved items, groupby's keys and current value, count's
# current value; items a filter drops and the predicate's results die at once; starmap's
# argument tuples go after the call. Iterating a user-defined iterator (a class with __iter__
# and __next__) through them leaves no count on its items or on the iterator.
import fractions
import itertools
import sys

from _user_iterator import It


class N:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        print("del", self.i)

    def __repr__(self):
        return "N(%s)" % self.i


def gen(n):
    return (N(i) for i in range(n))


print([k for k, g in itertools.groupby(gen(3), key=lambda n: n.i // 2)])
print("groupby keys")
g = itertools.groupby(gen(4), key=lambda n: n.i // 2)
k, grp = next(g)
del g
print("parent gone", [n.i for n in grp])
del grp
print("grouper gone")
print([x.i for x in itertools.accumulate(gen(3), lambda a, b: b)])
print("accumulate")
acc = itertools.accumulate(gen(2), lambda a, b: N(str(a.i) + "+" + str(b.i)))
print(next(acc).i, next(acc).i)
del acc
print("acc gone")
print(list(itertools.islice(itertools.cycle(gen(2)), 3)))
print("cycle")
print(len(list(itertools.pairwise(gen(3)))))
print("pairwise")
print(list(itertools.starmap(lambda n: n.i, ((x,) for x in gen(2)))))
print("starmap")
print([x.i for x in itertools.dropwhile(lambda n: n.i < 1, gen(3))])
print("dropwhile")
print([x.i for x in itertools.takewhile(lambda n: n.i < 1, gen(3))])
print("takewhile")
print([x.i for x in itertools.filterfalse(lambda n: n.i == 1, gen(3))])
print("filterfalse")
print([x.i for x in itertools.compress(gen(3), [1, 0, 1])])
print("compress")
print([x.i for x in itertools.islice(gen(4), 1, None, 2)])
print("islice")
c = itertools.count(fractions.Fraction(1, 2))
print(next(c), next(c))
del c
print("count")


class O:
    pass


o = O()


class Iterable:
    def __iter__(self):
        return It(3, lambda i: o)


iterable = Iterable()
start = sys.getrefcount(o)
start_iterable = sys.getrefcount(iterable)
consumers = [
    ("tee", lambda x: [list(t) for t in itertools.tee(x)]),
    ("groupby", lambda x: [list(g) for k, g in itertools.groupby(x)]),
    ("accumulate", lambda x: list(itertools.accumulate(x, lambda a, b: b))),
    ("starmap", lambda x: list(itertools.starmap(lambda a: a, zip(x)))),
    ("pairwise", lambda x: list(itertools.pairwise(x))),
    ("cycle", lambda x: list(itertools.islice(itertools.cycle(x), 4))),
    ("dropwhile", lambda x: list(itertools.dropwhile(lambda v: True, x))),
    ("zip_longest", lambda x: list(itertools.zip_longest(x, ()))),
    ("product", lambda x: list(itertools.product(x))),
    ("batched", lambda x: list(itertools.batched(x, 2))),
]
for name, f in consumers:
    f(It(3, lambda i: o))
    f(iterable)
    print(name, sys.getrefcount(o) - start, sys.getrefcount(iterable) - start_iterable)
