# next(it) and gen.send(v) raise StopIteration through the calling frame's error path: the value
# a generator returned, the exception's context and traceback, errors raised inside the generator,
# and the TypeErrors of misuse are what CPython gives.
import sys
import traceback


def counting(n):
    for i in range(n):
        yield i
    return "done %d" % n


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def failing():
    yield 1
    raise ValueError("inside")


g = counting(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", repr(e.value), e.args, e.__context__)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)
print(next(g, "default"))

acc = accumulator()
print(next(acc), acc.send(5), acc.send(7))
try:
    acc.send(None)
except StopIteration as e:
    print("send returned", e.value)

it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("list iterator", e.args, e.value)

f = failing()
next(f)
try:
    next(f)
except ValueError as e:
    print("raised inside", e, [line for line in traceback.format_tb(e.__traceback__) if "raise" in line] != [])

fresh = counting(1)
try:
    fresh.send(3)
except TypeError as e:
    print("TypeError", e)
try:
    next(5)
except TypeError as e:
    print("TypeError", e)


def running():
    yield next(me)


me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

try:
    raise KeyError("outer")
except KeyError:
    try:
        next(iter(()))
    except StopIteration as e:
        print("context", repr(e.__context__))

total = 0
for _ in range(1000):
    gen = counting(1)
    next(gen)
    try:
        next(gen)
    except StopIteration as e:
        total += len(e.value)
print("loop", total)


def uses_next_in_generator():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return


print(list(uses_next_in_generator()))
