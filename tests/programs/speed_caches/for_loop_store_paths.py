# `for x in <range or list>` stores each item straight into x (FOR_ITER_STORE_FAST): the values,
# reference counts, __del__ order, exits and errors are those of FOR_ITER then STORE_FAST, for
# every kind of iterable and target (the fused form only takes range and list iterators).
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def over_range():
    total = 0
    for i in range(5):
        total += i
    for i in range(10, 0, -3):
        total += i
    for i in range(0):
        total += 1000
    for i in range(2**40, 2**40 + 3):
        total += i
    print("range", total, i)


def over_list_releasing_previous():
    x = Noisy("before")
    for x in [Noisy("a"), Noisy("b")]:
        print("body", x.name)
    print("after loop", x.name)


def param_as_target(x):
    for x in [1, 2, 3]:
        pass
    return x


def mutated_while_iterating():
    items = [1, 2, 3]
    seen = []
    for v in items:
        seen.append(v)
        if v < 3:
            items.append(v + 10)
    print("mutated", seen, items)


def break_else_nested():
    out = []
    for i in range(3):
        for j in [10, 20, 30]:
            if j == 20 and i == 1:
                break
            out.append(i * j)
        else:
            out.append(-i)
    print("nested", out)


def generator_loop():
    for i in range(3):
        yield i * i


class MyList(list):
    pass


def other_iterables():
    got = []
    for c in "ab":
        got.append(c)
    for t in (1, 2):
        got.append(t)
    for k in {"k": 1}:
        got.append(k)
    for m in MyList([7, 8]):
        got.append(m)
    for g in generator_loop():
        got.append(g)
    for r in reversed(range(3)):
        got.append(r)
    print("others", got)


def error_in_body():
    try:
        for i in range(5):
            if i == 3:
                raise ValueError(i)
    except ValueError as e:
        print("raised at", e, "i =", i)
    tb = None
    try:
        for v in [1, 0]:
            1 / v
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno - error_in_body.__code__.co_firstlineno)


def refcounts():
    o = object()
    items = [o, o, o]
    before = sys.getrefcount(o)
    for x in items:
        during = sys.getrefcount(o)
    print("during", during - before)
    del x
    print("after", sys.getrefcount(o) - before)


over_range()
over_list_releasing_previous()
print("param", param_as_target(99))
mutated_while_iterating()
break_else_nested()
other_iterables()
error_in_body()
refcounts()
print("done")
