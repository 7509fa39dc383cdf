# Builtins draining a generator that delegates with `yield from` (sum, list, tuple, any, all, set,
# str.join, sorted, min/max): the values of nested sub-generators reach the consumer in order, values
# the consumer's fast path cannot take (big ints, floats after ints, user objects with __add__/__bool__)
# are handled as by one resume per value, and exceptions, early stops and shared generators behave
# as in CPython. Runs the same code often enough for the baseline compiler to compile it.
import traceback


def numbers(n, start=0):
    i = start
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def nested(depth, n):
    if depth == 0:
        yield from numbers(n)
    else:
        yield depth * 1000
        yield from nested(depth - 1, n)
        yield -depth


def mixed_values():
    yield from numbers(3)
    yield 2 ** 70           # a big int: sum's int fast path declines it
    yield 0.5               # the total becomes a float
    yield from numbers(6, 3)
    yield True


class Weird:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return other + self.v * 100

    def __bool__(self):
        print("bool of", self.v)
        return self.v > 1


def with_objects(blank):
    yield from [False, blank, 0]
    yield Weird(1)
    yield from (Weird(k) for k in range(2, 4))


def failing(n):
    yield from numbers(n)
    yield from explode(n)


def explode(n):
    yield n
    raise ValueError("exploded at %d" % n)


def returns_value(n):
    total = yield from summing(n)
    yield total


def summing(n):
    t = 0
    for x in numbers(n):
        t += x
        yield x
    return t


def lines_of(e):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]


def round_trip(k):
    out = []
    out.append(sum(nested(3, k)))
    out.append(list(nested(2, k)))
    out.append(tuple(evens(nested(1, k))))
    out.append(any(x > 2 for x in nested(2, k)))
    out.append(all(x < 5000 for x in nested(3, k)))
    out.append(sorted(set(nested(2, k))))
    out.append("/".join(str(x) for x in nested(1, k)))
    out.append(min(nested(2, k)))
    out.append(max(nested(2, k)))
    out.append(sum(mixed_values()))
    out.append(list(returns_value(k)))
    out.append(sum(returns_value(k)))
    return out


for k in range(80):
    result = round_trip(k % 7)
print(result)

print(sum(with_objects(False)))
print(any(with_objects(None)))
print(all(x is not None for x in with_objects(0)))

for consumer in (sum, list, set, tuple):
    try:
        consumer(failing(4))
    except ValueError as e:
        print(consumer.__name__, e, lines_of(e))

g = nested(2, 5)
print(next(g), next(g), next(g))
print(sum(g), next(g, "exhausted"))

g = nested(3, 10)
for v in g:
    if v == 2:
        break
print(g.gi_yieldfrom is not None, g.close(), g.gi_frame, list(g))

g = nested(1, 6)
print(list(zip(g, g)))

g = returns_value(5)
print(next(g), g.send(None), list(g))
