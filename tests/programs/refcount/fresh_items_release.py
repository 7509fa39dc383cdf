# Natives that look at the items of an iterable without keeping them (fsum, writelines, set
# tests and set operations, dict-view operations, str.join, countOf, ...) release each fresh item
# (a generator's) when done with it, so it dies at once as in CPython.
import io, math, operator, functools, collections
class N:
    def __init__(self, v): self.v = v
    def __del__(self): print("del", self.v)
    def __float__(self): return float(self.v)
    def __eq__(self, o): return False
    def __hash__(self): return 1
    def __bool__(self): return False
    def __lt__(self, o): return self.v < o.v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    __radd__ = __add__
class S(str):
    def __del__(self): print("del S", str(self))
def gen(n, cls=N): return (cls(i) for i in range(n))
tests = [
 ("fsum", lambda: math.fsum(gen(2))),
 ("writelines", lambda: io.StringIO().writelines(gen(2, lambda i: S("x%d" % i)))),
 ("sum", lambda: sum(gen(3)).v),
 ("countOf", lambda: operator.countOf(gen(2), 5)),
 ("in", lambda: 5 in gen(2)),
 ("any", lambda: any(gen(2))),
 ("all", lambda: all(gen(2))),
 ("set.isdisjoint", lambda: {1}.isdisjoint(gen(2))),
 ("set.issubset", lambda: {1}.issubset(gen(2))),
 ("set.issuperset", lambda: {1}.issuperset(gen(2))),
 ("set.difference", lambda: len({1}.difference(gen(2)))),
 ("set.intersection", lambda: len({1}.intersection(gen(2)))),
 ("set.symmetric_difference", lambda: len(set().symmetric_difference(gen(2)))),
 ("keys &", lambda: len({1: 1}.keys() & gen(2))),
 ("keys isdisjoint", lambda: {1: 1}.keys().isdisjoint(gen(2))),
 ("max key", lambda: max(gen(3), key=lambda n: n.v).v),
 ("sorted", lambda: len(sorted(gen(2)))),
 ("str.join", lambda: "".join(gen(2, lambda i: S("j%d" % i)))),
 ("dict.fromkeys", lambda: len(dict.fromkeys(gen(2)))),
 ("deque maxlen", lambda: len(collections.deque(gen(3), maxlen=1))),
 ("list.index", lambda: [1, 2].count(N(9))),
 ("min default", lambda: min(gen(0), default=None)),
 ("bytes", lambda: len(bytes(gen(0)))),
 ("enumerate", lambda: len(list(enumerate(gen(1))))),
 ("zip strict", lambda: len(list(zip(gen(1), gen(1))))),
 ("map", lambda: len(list(map(lambda n: n.v, gen(2))))),
 ("reversed sorted", lambda: len(list(reversed(sorted(gen(2)))))),
 ("heapq", lambda: len(__import__("heapq").nsmallest(1, gen(3)))),
 ("statistics", lambda: __import__("statistics").fmean(gen(2))),
]
for name, f in tests:
    print(name, "->", f())
