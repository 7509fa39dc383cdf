# A generator iterated by `for` that suspends in `yield from` (of a generator, a list iterator
# and a sequence's iterator), with exceptions and finally blocks in the delegate.
import sys


class Squares:
    """An iterable by the old sequence protocol (iter() wraps it)."""

    def __getitem__(self, i):
        if i == 2:
            raise IndexError(i)
        return i * i


def inner(tag):
    try:
        yield f"{tag}1"
        yield f"{tag}2"
        return f"{tag} result"
    finally:
        print("inner finally", tag)


def outer():
    r = yield from inner("a")
    print("got", r)
    yield from [10, 11]
    yield from Squares()
    r = yield from inner("b")
    print("got", r)


for x in outer():
    print(x)
for x in outer():
    if x == 11:
        break
print("broke out")


def failing_inner():
    yield 1
    raise ValueError("inner failed")


def delegating():
    try:
        yield from failing_inner()
    except ValueError as e:
        print("delegating caught", e, sys.exc_info()[0].__name__)
        yield "recovered"
    yield "end"


for x in delegating():
    print(x, sys.exc_info()[0])


def leaking():
    yield from failing_inner()


try:
    for x in leaking():
        print("leak", x)
except ValueError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("caller caught", e, names)


def deep(n):
    if n == 0:
        yield "leaf"
        return "done"
    r = yield from deep(n - 1)
    yield f"{n} after {r}"
    return r


print(list(deep(4)))
for x in deep(3):
    print("deep", x)


# A delegating generator is running while its delegate runs: no gi_yieldfrom then.
def watched_inner():
    for _ in range(3):
        yield (watched.gi_running, watched.gi_yieldfrom)


def watched_outer():
    yield from watched_inner()


watched = watched_outer()
for x in watched:
    print("watched", x, watched.gi_yieldfrom is not None)
watched = watched_outer()
print(list(watched))
