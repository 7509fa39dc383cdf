# workload: family=speed quick=1
# Generators: a pipeline of generator functions, yield from, send() and generator expressions.
from _speed import run


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def chained(limit):
    yield from numbers(limit // 2)
    yield from evens(numbers(limit))


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def kernel():
    s1 = sum(chained(2000))
    s2 = sum(x * x for x in evens(numbers(1000)))
    acc = accumulator()
    next(acc)
    for v in numbers(500):
        acc.send(v)
    try:
        acc.send(None)
        s3 = -1
    except StopIteration as stop:
        s3 = stop.value
    return s1, s2, s3



if __name__ == "__main__":
    run(kernel, 500, expect=(1498500, 166167000, 124750))
