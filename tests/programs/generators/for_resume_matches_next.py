# The same generators consumed by `for` (resumed inside the eval loop) and by next() and list()
# (resumed through the generator's own resume path): the events each records - values, the
# generator's state seen from inside, sys.exc_info(), the exception that ends it and its
# traceback's function names - are the same.
import sys

log = []


def tb_names(e):
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return [n for n in names if n not in ("drive", "by_for", "by_next", "by_list")]


def plain(n):
    for i in range(n):
        yield i
    return "ret"


def state():
    g = current[0]
    yield (g.gi_running, g.gi_suspended, sys._getframe().f_back is not None)
    try:
        raise KeyError("k")
    except KeyError:
        yield ("in handler", sys.exc_info()[0].__name__)
    yield ("after", sys.exc_info()[0])


def failing():
    yield 1
    yield 2
    raise ValueError("v")


def stopping():
    yield 1
    raise StopIteration("s")


def delegating():
    r = yield from plain(2)
    yield r
    yield from failing()


def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


current = [None]


def drive(make, consume):
    g = make()
    current[0] = g
    out = []
    try:
        consume(g, out)
    except Exception as e:
        out.append((type(e).__name__, str(e), repr(e.__cause__), tb_names(e)))
    out.append((g.gi_frame is None, g.gi_running, sys.exc_info()[0]))
    return out


def by_for(g, out):
    for x in g:
        out.append(x)


def by_next(g, out):
    while True:
        try:
            x = next(g)
        except StopIteration:
            break
        out.append(x)


def by_list(g, out):
    out.extend(list(g))


for make in (lambda: plain(3), state, failing, stopping, delegating, finally_gen):
    a = drive(make, by_for)
    b = drive(make, by_next)
    c = drive(make, by_list)
    print(a == b, a)
    print(" list()", c)
    try:
        raise IndexError("outer")
    except IndexError:
        a = drive(make, by_for)
        b = drive(make, by_next)
        print(" in handler", a == b, a[-1])
print(log)
