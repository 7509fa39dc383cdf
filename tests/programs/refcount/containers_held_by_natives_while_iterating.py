# Lists and dicts a generator yields and then drops stay whole wherever a native holds them while
# iteration goes on (reduce's running value, batched's batch, star-args, unpacking, chain, zip, ...)
# and in an exception's args after the frames that made them are gone.
class E:
    def __init__(self, v, owner): self.v = v; self.owner = owner
    def __eq__(self, o):
        self.owner.clear()
        return False
    __hash__ = object.__hash__
l2 = []
l2.extend(E([j] * 30, l2) for j in range(5))
print([x] * 0 in l2 if (x := 1) else 0, len(l2))
d = {}
def gen():
    for i in range(3):
        v = {k: k * i for k in range(40)}
        d[i] = v
        yield v
        del d[i]
        del v
print([sum(x.values()) for x in gen()])
print([sum(x.values()) for x in list(gen())])
r = sorted(gen(), key=lambda x: -sum(x.values()))
print([sum(x.values()) for x in r])
print(sum(max(gen(), key=lambda x: sum(x.values())).values()))
def gl():
    for i in range(3):
        v = list(range(i, i + 50))
        yield v
        del v
a, b, c = gl()
print(sum(a), sum(b), sum(c))
print(*[sum(x) for x in gl()])
def f(*args): return [sum(x) for x in args]
print(f(*gl()))
s = set()
print(sorted(map(len, [*gl()])))
import itertools
print([sum(x) for x in itertools.chain(gl(), gl())])
print([sum(x) for x, in zip(gl())])
print({i: sum(x) for i, x in enumerate(gl())})
t = tuple(x for x in gl())
print([sum(x) for x in t])
print([sum(x) for x in reversed(list(gl()))])
print("".join(str(len(x)) for x in gl()))
def gd():
    for i in range(3):
        dd = {j: j for j in range(30 + i)}
        yield i, dd
        del dd
print({k: len(v) for k, v in dict(gd()).items()})
print([len(v) for v in dict(gd()).values()])
import collections
print([len(x) for x in collections.deque(gl())])
print([len(x) for x in sorted(gl(), key=len)])
try:
    def h():
        l = [1] * 100
        raise ValueError(l)
    h()
except ValueError as e:
    print(len(e.args[0]))
def h2():
    l = [1] * 100
    try:
        raise ValueError(l)
    finally:
        del l
try:
    h2()
except ValueError as e:
    print(len(e.args[0]))
def h3():
    try:
        h()
    except ValueError as err:
        x = err
        del err
        raise x
try:
    h3()
except ValueError as e:
    print(len(e.args[0]))
import functools, itertools, operator
def gl():
    for i in range(3):
        v = []
        for j in range(40 + i): v.append(j)
        yield v
        del v
r = functools.reduce(lambda a, b: a if len(a) > len(b) else b, gl())
print(len(r), sum(r))
r = functools.reduce(lambda a, b: b, gl())
print(len(r), sum(r))
print(len(sum(gl(), [])))
print([len(x) for x in itertools.accumulate(gl(), lambda a, b: a if len(a) > len(b) else b)])
print([len(x) for x in itertools.islice(gl(), 0, 3)])
print([len(x) for x in filter(None, gl())])
print([len(x) for x in itertools.takewhile(lambda x: True, gl())])
print([len(x) for x in itertools.dropwhile(lambda x: False, gl())])
print([len(x) for x in itertools.compress(gl(), [1, 1, 1])])
print([[len(y) for y in x] for x in itertools.pairwise(gl())])
print([[len(y) for y in x] for x in itertools.batched(gl(), 2)])
print([k for k, g in itertools.groupby(gl(), key=len)])
print([len(x) for x in next(iter([list(gl())]))])
a, b = itertools.tee(gl())
print([len(x) for x in a], [len(x) for x in b])
print([len(x) for x in itertools.zip_longest(gl(), gl())])
print(sorted(len(x) for x in set(map(tuple, gl()))))
print(operator.itemgetter(0)(list(gl()))[:2])
m = max(gl(), key=len); print(len(m))
m = max(*gl(), key=len); print(len(m))
