# A builtin draining a generator (sum, list, tuple, set, any, all) also takes the values of the
# sub-generators it delegates to with `yield from` inside their own runs (YieldSinks.cs, Generators.SendTo):
# values, the handled exception a sub-generator sees, declined values (a big int, a str sum cannot add),
# return values of nested delegations, tracebacks through the chain and "generator already executing"
# must match draining one next() at a time (by_next) and CPython. Runs often enough to be compiled
# (the compiled run: every function compiled, YIELD_FROM through Generators.SendTo).
import sys
import traceback

END = object()


def by_next(g):
    return list(iter(lambda: next(g, END), END))   # one next() per value (not a generator: no sink)


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def seen_exc(n):
    for i in range(n):
        e = sys.exc_info()[1]
        yield i if e is None else (i, str(e))

def outer(n):
    yield from numbers(n)
    try:
        raise KeyError("k")
    except KeyError:
        yield from seen_exc(2)          # a delegation inside an except clause: the handled exception is the outer's
    yield from seen_exc(2)
    yield from [7, 8]
    yield 2 ** 70                       # declined by sum's int path
    yield from numbers(3)

def deep(d, n):
    if d == 0:
        yield from numbers(n)
        return "bottom"
    r = yield from deep(d - 1, n)
    yield r
    return d

def failing(n):
    yield from numbers(n)
    yield from boom()

def boom():
    yield 1
    1 / 0

def lines(e):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]


def self_delegate():
    yield 1
    yield from me                       # me is running: ValueError, as from next()

def run():
    got = []
    for make in (lambda: outer(5), lambda: deep(3, 4)):
        got.append((list(make()) == by_next(make()), tuple(make()), sum(x for x in make() if type(x) is int)))
    for g in (deep(2, 10), iter(by_next(deep(2, 10)))):
        try:
            sum(g)                      # the ints taken inside the run, then 0 + ... + "bottom"
        except TypeError as e:
            got.append((str(e), lines(e), next(g, "end")))
    got.append((set(deep(2, 6)), any(x == 3 for x in deep(1, 5)), all(x != 3 for x in deep(1, 5))))
    for consumer in (sum, list, by_next):
        try:
            consumer(failing(3))
        except ZeroDivisionError as e:
            got.append((consumer.__name__, lines(e)))
    global me
    for consumer in (list, by_next):
        me = self_delegate()
        try:
            consumer(me)
        except ValueError as e:
            got.append((consumer.__name__, str(e)))
    return got

for _ in range(70):
    results = run()
print(results)
