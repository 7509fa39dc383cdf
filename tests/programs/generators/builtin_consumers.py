# Builtins that drain a generator (list, tuple, str.join, sum, any, all) take its values while it
# runs (Runtime/Interpreter/YieldSinks.cs): each result, error, traceback and side effect here must
# match the same generator drained one next() at a time (drain_by_next) and CPython.
import sys


def drain_by_next(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration:
            return out


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def nums(n):
    for i in range(n):
        yield i


def mixed():
    yield 1
    yield 2.5
    yield 10 ** 30
    yield True
    yield -(10 ** 30)
    yield 0.25


def overflow():
    yield 2 ** 62
    yield 2 ** 62
    yield 2 ** 62
    yield -5


print(list(nums(6)), tuple(nums(3)), "-".join(str(x) for x in nums(4)), list(nums(0)))
print(list(nums(6)) == drain_by_next(nums(6)))
print(sum(nums(100)), sum(nums(10), 7), sum(x * 0.1 for x in nums(10)), sum(mixed()), sum(overflow()))
print(sum(mixed()) == sum(drain_by_next(mixed())), sum(overflow()) == sum(drain_by_next(overflow())))
print(sum((0.1 for _ in range(10)), 0.0), sum([0.1] * 10, 0.0))
print(any(x > 3 for x in nums(10)), any(x > 30 for x in nums(10)), all(x < 30 for x in nums(10)), all(x < 3 for x in nums(10)))
print(any(x for x in [0, None, False, [], 5]), all(x for x in [1, True, "a", 0]), any(x for x in []), all(x for x in []))


class Truth:
    def __init__(self, v, log):
        self.v, self.log = v, log

    def __bool__(self):
        self.log.append(("bool", self.v))
        return self.v


log = []


def truths():
    for v in (False, False, True, False):
        log.append(("yield", v))
        yield Truth(v, log)


print(any(truths()), log)


# A generator stopped early by any()/all() stays suspended at that value.
def counted():
    for i in range(10):
        yield i
        print("  after", i)


it = counted()
print(any(x == 2 for x in it), next(it))
it = counted()
print(all(x < 1 for x in it))


# Objects with __add__ are added while the generator is suspended, in order.
class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        order.append(("add", self.v if isinstance(self, A) else self))
        return A(self.v + (o.v if isinstance(o, A) else o))

    __radd__ = __add__


order = []


def objs():
    for i in range(4):
        order.append(("yield", i))
        yield A(i) if i % 2 else i


print(sum(objs(), 0).v, order)


# Errors raised inside the generator, with their traceback.
def failing():
    yield 1
    yield 2
    raise ValueError("boom")


for consume in (list, tuple, sum, lambda g: any(x > 5 for x in g), lambda g: all(x < 5 for x in g),
                lambda g: "".join(str(x) for x in g)):
    try:
        consume(failing())
    except ValueError as e:
        print("ValueError", e, [n for n, _ in tb_lines(e)])
    except TypeError as e:
        print("TypeError", e)

try:
    sum(x for x in [1, 2, "a", 3])
except TypeError as e:
    print("TypeError", e, [n for n, _ in tb_lines(e)])


def stopper():
    yield 1
    raise StopIteration("x")


try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# A generator that drains itself: already executing.
def selfish():
    yield 1
    yield list(me)


me = selfish()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)
print(list(me))


# The handled exception inside the generator and in the caller stay separate.
def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        for i in range(3):
            yield (i, sys.exc_info()[0].__name__)
    yield ("after", sys.exc_info()[0])


print(list(in_handler()), sys.exc_info()[0])
try:
    raise TypeError("outer")
except TypeError:
    print(list(in_handler()), sys.exc_info()[0].__name__)
    print(sum(1 for _ in in_handler()), sys.exc_info()[0].__name__)


# Delegation: values of a `yield from` sub-generator are collected too.
def outer():
    yield 0
    r = yield from nums(3)
    yield r
    yield from (x * 10 for x in nums(3))


print(list(outer()), sum(x for x in outer() if x is not None))


# Finished, closed and fresh generators.
g = nums(3)
print(list(g), list(g), sum(g), any(g), all(g))
g = nums(3)
next(g)
g.close()
print(list(g))
g = nums(5)
next(g)
print(list(g))


# gi_running / gi_suspended seen from inside while a builtin drains it.
def state():
    g = current[0]
    for _ in range(2):
        yield (g.gi_running, g.gi_suspended, g.gi_frame.f_back is not None)


current = [None]
current[0] = state()
print(list(current[0]))

# Deep recursion inside the drained generator still raises RecursionError.
def deep(n):
    return deep(n + 1)


def calls_deep():
    yield 1
    deep(0)


try:
    list(calls_deep())
except RecursionError as e:
    print("RecursionError", str(e)[:30])


# `yield from` chains drained by a builtin: values of the sub-generators, an early stop inside
# the delegation (the outer generator stays suspended in it), and an error from two levels down.
def inner(n, fail=False):
    for i in range(n):
        yield i
    if fail:
        raise KeyError("deep")
    return n * 100


def middle(fail=False):
    r = yield from inner(3)
    yield r
    r2 = yield from inner(2, fail)
    yield r2


def top(fail=False):
    yield "start"
    yield from middle(fail)
    yield "end"


print(list(top()), sum(x for x in top() if isinstance(x, int)), list(top()) == drain_by_next(top()))
t = top()
print(any(x == 1 for x in t), next(t), list(t))
try:
    list(top(fail=True))
except KeyError as e:
    print("KeyError", e, [n for n, _ in tb_lines(e)])
try:
    sum(x for x in top(fail=True) if isinstance(x, int))
except KeyError as e:
    print("KeyError", e, [n for n, _ in tb_lines(e)])
