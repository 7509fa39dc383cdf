# Exceptions leaving a generator iterated by `for`: at the first and at later resumes, a
# StopIteration raised inside (PEP 479), and the traceback through the generator and the caller.
import sys


def tb_entries(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - FIRST))
        tb = tb.tb_next
    return out


FIRST = sys._getframe().f_lineno


def fails_at(n):
    for i in range(n):
        yield i
    raise ValueError(f"after {n}")


def consume(n):
    got = []
    for x in fails_at(n):
        got.append(x)
    return got


for n in (0, 1, 3):
    g = None
    try:
        consume(n)
    except ValueError as e:
        print(n, repr(e), tb_entries(e), e.__context__)

# The generator is finished after the exception: a second loop over it ends at once.
g = fails_at(2)
try:
    for x in g:
        print("item", x)
except ValueError as e:
    print("caught", e, g.gi_frame, g.gi_running, g.gi_suspended)
print("again", list(g))
for x in g:
    print("never")
print("exhausted loop done")


def raises_stop(first):
    if not first:
        yield 1
    raise StopIteration("inner")


for first in (True, False):
    try:
        for x in raises_stop(first):
            print("got", x)
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__, tb_entries(e))


# An exception handled by the caller's own try inside the loop body, then the loop goes on.
def numbers():
    yield 1
    yield 2
    yield 3


total = 0
for x in numbers():
    try:
        if x == 2:
            raise KeyError(x)
        total += x
    except KeyError as e:
        print("body caught", e)
print("total", total)


# The generator catches its own exception and goes on yielding.
def resilient():
    for i in range(4):
        try:
            if i % 2:
                1 / 0
            yield i
        except ZeroDivisionError as e:
            yield f"recovered {i}: {type(e).__name__}"


for x in resilient():
    print(x)


# An exception raised in the caller's body while the generator is suspended in a try/except:
# the generator's handler does not see it.
def guarded():
    try:
        yield "a"
        yield "b"
    except Exception as e:
        print("generator saw", e)
        raise


try:
    for x in guarded():
        raise OSError("from the body")
except OSError as e:
    print("caller got", e, tb_entries(e))


# Nested generators: an exception three generators deep, caught at each level's caller.
def level(n):
    if n == 0:
        yield "bottom"
        raise LookupError("deep")
    for x in level(n - 1):
        yield f"{n}:{x}"


try:
    for x in level(3):
        print(x)
except LookupError as e:
    print(repr(e), tb_entries(e))
