# Closures, cells, comprehensions, try/except/finally and with in functions that the baseline
# compiler compiles (the corpus runs them compiled at the first call and interpreted): every
# result, exception message, traceback line and frame view must be the interpreter's.
import sys
import traceback


def counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n

    def peek():
        return n

    return bump, peek


def read_before_assign():
    def inner():
        return x  # a free variable not yet bound in the enclosing scope
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    x = 5
    return inner()


def cell_unbound_local():
    def use():
        return y
    try:
        print(y)  # a cell variable read before assignment
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 3
    return use()


def deleted_cell():
    z = 1

    def get():
        return z
    del z
    try:
        get()
    except NameError as e:
        print("NameError:", e)


def comprehensions(u):
    n = len(u)
    rows = [sum(u[j] * (i + j) for j in range(n)) for i in range(n)]
    sq = {v: v * v for v in u}
    st = {v % 3 for v in u}
    pairs = [(a, b) for a in u if a % 2 for b in u[:2]]
    sl = u[1:3], u[::-1], u[::2], u[-2:]
    u2 = list(u)
    u2[1:3] = [9, 9, 9]
    return rows, sorted(sq.items()), sorted(st), pairs, sl, u2, f"{n}:{u[0]!r:>4}"


def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        r = "div0 " + str(e)
    else:
        r = ("ok", r)
    finally:
        a += 1
    return r, a


def raises_in_handler(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        raise ValueError("bad x %r" % x)


def reraises(x):
    try:
        if x:
            raise KeyError(x)
        return "none"
    except KeyError:
        raise


class Manager:
    def __init__(self, suppress):
        self.suppress = suppress
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, t, v, tb):
        self.log.append(("exit", t.__name__ if t else None))
        return self.suppress


def with_body(m, fail):
    with m as v:
        v.log.append("body")
        if fail:
            raise RuntimeError("in body")
        return [x * 2 for x in range(3)]
    return "suppressed"


def frame_view(a):
    b = a * 2
    c = [a + k for k in range(2)]

    def inner():
        return a + b
    f = sys._getframe()
    return sorted(k for k in f.f_locals if not k.startswith(".")), f.f_code.co_name, f.f_lineno, inner()


def deep_raise(n):
    if n == 0:
        return [1][n + 1]
    return deep_raise(n - 1)


def main():
    bump, peek = counter()
    for k in range(5):
        bump(k)
    print("counter", peek(), bump(0))
    print("read_before_assign", read_before_assign())
    print("cell_unbound_local", cell_unbound_local())
    deleted_cell()
    print(comprehensions([1, 2, 3, 4, 5]))
    for b in (2, 0):
        print("divide", divide(1, b))
    for x in (5, 0):
        try:
            print("handler", raises_in_handler(x))
        except ValueError as e:
            print("ValueError", e, type(e.__context__).__name__)
    for x in (0, 7):
        try:
            print("reraises", reraises(x))
        except KeyError as e:
            print("KeyError", e, len(traceback.extract_tb(e.__traceback__)))
    for suppress, fail in ((False, False), (True, True), (False, True)):
        m = Manager(suppress)
        try:
            print("with", with_body(m, fail), m.log)
        except RuntimeError as e:
            print("with raised", e, m.log)
    print("frame", frame_view(3))
    try:
        deep_raise(3)
    except IndexError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("traceback", [(t.name, t.lineno) for t in tb])
    # the same functions many times (PYVM_JIT=1 compiles them when hot)
    total = 0
    for i in range(300):
        total += len(comprehensions([i, i + 1, i + 2])[0]) + divide(i, i % 3)[1]
        bump(1)
    print("loop", total, peek())


main()
