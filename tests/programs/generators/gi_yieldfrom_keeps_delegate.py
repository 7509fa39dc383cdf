# gi_yieldfrom hands out the delegate a suspended generator is sending to: looking at it (and
# dropping the result at once, as `is not None` does) must not free or close the delegate while
# the delegation goes on; the delegate dies with its delegating generator, as in CPython.
import weakref


class Box:
    pass


def inner(tag):
    try:
        for i in range(3):
            yield (tag, i)
    finally:
        print("inner finally", tag)


def outer(tag):
    yield from inner(tag)
    yield (tag, "after")


g = outer("a")
for x in g:
    print(x, g.gi_yieldfrom is not None, type(g.gi_yieldfrom).__name__)

g = outer("b")
print(next(g))
d = g.gi_yieldfrom
ref = weakref.ref(d)
del d
print(next(g), g.gi_yieldfrom is not None)
print("alive before del", ref() is not None)
del g
print("alive after del", ref() is not None)
print("done")
