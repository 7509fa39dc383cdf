# generator.throw(): raising exceptions at the paused yield
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught inside generator:", e)
            yield "handled " + str(e)
g = catcher()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
print(next(g, "generator finished"))
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("throw into unstarted generator:", e)
print(next(f, "closed"))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally in generator")
w = with_finally()
next(w)
try:
    w.throw(TypeError("t"))
except TypeError as e:
    print("after finally:", e)
def convert():
    try:
        yield 1
    except ZeroDivisionError:
        raise ValueError("converted")
c = convert()
next(c)
try:
    c.throw(ZeroDivisionError)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
def returns_on_throw():
    try:
        yield 1
    except GeneratorExit:
        raise
    except Exception:
        return "returned after throw"
r = returns_on_throw()
next(r)
try:
    r.throw(Exception("x"))
except StopIteration as e:
    print("StopIteration value:", e.value)
def throw_class():
    try:
        yield
    except IndexError as e:
        yield repr(e)
t = throw_class()
next(t)
print(t.throw(IndexError))
done = fresh()
list(done)
try:
    done.throw(OSError("on finished"))
except OSError as e:
    print("finished generator re-raises:", e)
