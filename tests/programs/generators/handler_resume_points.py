# Generators with try/except/finally and with blocks: yields inside try bodies, inside except
# and finally clauses and inside with blocks; exceptions caught inside the generator; send(),
# throw() and close() into a generator suspended at each kind of point. Under PYVM_JIT=always the
# try bodies run compiled and the handlers in the interpreter, and each resume picks its side.
import sys


def divide_all(n):
    for i in range(n):
        try:
            yield 10 // i
        except ZeroDivisionError:
            yield "zero"
        finally:
            pass


def log_cm(log):
    class CM:
        def __enter__(self):
            log.append("enter")
            return self

        def __exit__(self, et, ev, tb):
            log.append(("exit", et.__name__ if et else None))
            return et is KeyError  # swallows KeyError only
    return CM()


def with_body(log):
    with log_cm(log):
        yield 1
        yield 2
    yield 3


def caught_then_more():
    try:
        yield 1
        raise KeyError("x")
    except KeyError:
        yield ("caught", sys.exc_info()[0].__name__)
        yield "again"
    yield ("after", sys.exc_info()[0])
    try:
        yield "in try"
    finally:
        yield "in finally"
    yield "end"


def echo():
    total = 0
    while True:
        try:
            v = yield total
            total += v
        except ValueError as e:
            total = -1
            yield ("handled", str(e))
        except GeneratorExit:
            print("echo: closing with", total)
            raise


def nested(depth):
    try:
        try:
            for i in range(3):
                yield (depth, i)
                if i == 1:
                    raise IndexError(depth)
        except IndexError as e:
            yield ("inner caught", e.args)
            raise TypeError("from inner") from e
    except TypeError as e:
        yield ("outer caught", str(e), type(e.__cause__).__name__)
    yield "done"


def line_of_error():
    yield 1
    try:
        yield 2
    except KeyError:
        pass
    return 1 / 0


print(list(divide_all(4)))
for x in divide_all(3):
    print("for", x)

log = []
print(list(with_body(log)), log)
log = []
g = with_body(log)
next(g)
g.close()
print("closed in with", log)
log = []
g = with_body(log)
next(g)
print("KeyError swallowed by __exit__:", g.throw(KeyError("k")), log)
log = []
g = with_body(log)
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("ValueError through __exit__:", e, log)

print(list(caught_then_more()))
g = caught_then_more()
print(next(g), next(g), next(g))
g.close()
print("closed inside except clause")
g = caught_then_more()
for _ in range(5):
    print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("close inside finally:", e)

g = echo()
print(next(g), g.send(5), g.send(7))
print(g.throw(ValueError("bad")))
print(next(g), g.send(3))
g.close()
g = echo()
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError left echo:", e, g.gi_frame)

print(list(nested(0)))
g = nested(1)
print(next(g), next(g), next(g))
print(g.throw(TypeError("thrown")))
print(next(g, "finished"))

g = line_of_error()
next(g)
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised at line", tb.tb_lineno, "of", tb.tb_frame.f_code.co_name)

# many resumes, so that counted compilation (PYVM_JIT=1) compiles the bodies mid-way
g = echo()
next(g)
s = 0
for i in range(300):
    s = g.send(i)
    if i % 97 == 0:
        print(g.throw(ValueError(i)))
print(s)
g.close()
print(sum(x for x in divide_all(200) if isinstance(x, int)))
