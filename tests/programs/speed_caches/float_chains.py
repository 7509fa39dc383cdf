# Float expressions skip their intermediate objects (Interpreter.FloatChains.cs): a float result
# consumed at once by further + - * / ** runs unboxed. Every result, type and error must equal
# CPython's, including where a step cannot be taken (division by zero, overflow, a negative base to
# a fractional power, big ints, bool, subclasses and classes with reflected dunders) and where the
# error of such a step is raised (the line of a multi-line expression).
import sys

from _number_format import digest, fmt

nan = float("nan")
inf = float("inf")
# Ints stay small here (int ** int chains must stay computable); big ints meet floats below.
A = [0.0, 1.0, -1.5, 0.1, 1e308, 5e-324, inf, nan, 0, -2, True]
B = [-0.0, 2.5, -1e308, -inf, 1, 3, False]
C = [0.0, -1.5, 1e308, 0.1, inf, 0, 3, True]
OPS = ["+", "-", "*", "/", "**"]


def fmt_grid(v):
    # A chain never computes a complex value (a negative base ends it); what complex ** complex
    # gives for the grid's extreme values is complex's own business (types_float/complex_numbers.py).
    return "complex" if isinstance(v, complex) else fmt(v)


def compile_shapes(op1, op2):
    src = (
        "def left(a, b, c):\n    return (a %s b) %s c\n"        # LOAD_FAST_LOAD_FAST_BINARY_OP; LOAD_FAST_BINARY_OP
        "def right(a, b, c):\n    return c %s (a %s b)\n"       # the float as BINARY_OP's right operand
        "def const(a, b, c):\n    return (a %s b) %s 2.5\n"     # LOAD_CONST_BINARY_OP
        "def three(a, b, c):\n    return ((a %s b) %s c) %s (b %s c)\n"
        "def aug(a, b, c):\n    v = [c]\n    v[0] %s= a %s b\n    return v[0]\n"
    ) % (op1, op2, op2, op1, op1, op2, op1, op2, op1, op2, op2, op1)
    ns = {}
    exec(src, ns)
    return [(name, ns[name]) for name in ("left", "right", "const", "three", "aug")]


def attempt(f, a, b, c, show=fmt):
    try:
        return show(f(a, b, c))
    except ZeroDivisionError as e:
        if show is fmt_grid and "complex power" in str(e):
            return "complex"  # complex ** complex with an infinite phase: see fmt_grid
        return "%s(%s)" % (type(e).__name__, e)
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)


checked = 0
digests = {}
for op1 in OPS:
    for op2 in OPS:
        for name, f in compile_shapes(op1, op2):
            lines = []
            for a in A:
                for b in B:
                    for c in C:
                        lines.append(attempt(f, a, b, c, fmt_grid))
                        checked += 1
            key = "%s %s %s" % (op1, op2, name)
            h = digest(lines)
            digests[key] = h
            # print a few in full so a difference shows what it is
            print(key, lines[7], lines[40], lines[-1])
print("checked", checked)


# Results of a chain whose last step cannot be taken are still the right objects.
class R:
    def __radd__(self, other):
        return ("radd", type(other).__name__, other)

    def __rmul__(self, other):
        return ("rmul", type(other).__name__, other)


class F(float):
    def __radd__(self, other):
        return ("F.radd", type(other).__name__, other)


def ends(a, b, r):
    return (a * b) + r, r + 0 if False else (a * b) * r


x = 1.5
y = 4.0
print((x * y) + R(), (x * y) * R(), (x * y) + F(1.0), F(2.0) + (x * y), type(F(2.0) * (x * y)).__name__)
print(ends(x, y, R()))
print((x * y) + True, True + (x * y), (x * y) + 10 ** 20, (x * y) ** -2, (-x * y) ** 0.5)
big = 2 ** 53 + 1
huge = 10 ** 400
print(fmt((x * y) + big), fmt(big - (x * y)), fmt((x * y) * big * 2.0), fmt(big / (x * y)))
print(attempt(lambda a, b, c: (a * b) + c, x, y, huge), attempt(lambda a, b, c: c * (a * b), x, y, huge))
print((x * y) / 3 * 2, 2 / (x * y) / 4, 7 - x * y - 1, (x - y) ** 2, 2 ** (x * y))
z = -x
print((z * y) ** 2, (z * y) ** 3, (z * 2.0) ** 0.5)


def errors(a, b, c):
    out = []
    for expr in ("a * b / c", "(a * b) ** -1.0", "a * b ** 1e10", "(a - a) ** -2.0", "(a * b) % c", "(a * b) // c"):
        try:
            out.append(fmt(eval(expr)))
        except Exception as e:
            out.append("%s(%s)" % (type(e).__name__, e))
    return out


print(errors(1.5, 0.0, 0.0))
print(errors(1e200, 1e200, 0.0))
print(errors(-1.5, 2.0, 0))


def multi_line(a, b, c):
    return (a * b
            + c
            / (a - a))


try:
    multi_line(1.0, 2.0, 3.0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("ZeroDivisionError", e, "at line offset", tb.tb_lineno - multi_line.__code__.co_firstlineno)


# nbody's shapes
def advance(dx, dy, dz, dt, m, v):
    mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
    b = m * mag
    v[0] -= dx * b
    v[1] += dy * b
    v[2] -= dz * b
    return mag


v = [0.5, -0.25, 1.0]
print(advance(0.3, -1.2, 2.5, 0.01, 3.0, v), v)
try:
    advance(0.0, 0.0, 0.0, 0.01, 3.0, v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, v)
for key in sorted(digests):
    print(key, digests[key])


# A chain ending in STORE_FAST stores its result directly; over a local that holds a counted
# object the ordinary STORE_FAST runs, releasing the old value right there.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def store_over_mortal(a, b):
    t = Noisy("local")
    t = a * b + 1.0
    print("  after store", t)
    u = a * b
    u = u * 2.0 - b
    return t, u


def store_over_param(t, a, b):
    t = a * b + 1.0
    print("  after store", t)
    return t


print("store over a counted local")
print(store_over_mortal(1.5, 2.0))
keep = Noisy("caller's")
print("store over a parameter")
print(store_over_param(keep, 1.5, 2.0))
print("store over a fresh argument")
print(store_over_param(Noisy("argument"), 1.5, 2.0))
del keep


# A chain ending in a comparison that branches (LOAD_FAST/LOAD_CONST_COMPARE_JUMP) compares the
# unboxed value; other right operands take the ordinary comparison.
def branch(a, b, limit):
    out = []
    if a * b + 1.0 > 4.0:
        out.append("gt4")
    if a * b - 1.0 <= limit:
        out.append("le-limit")
    if not (a / b < limit):
        out.append("not-lt")
    if a * b == 3:
        out.append("eq3")
    if a * b != 3:
        out.append("ne3")
    n = 0
    x = a
    while x * 2.0 < limit:
        x = x * 2.0
        n += 1
    out.append(n)
    return out


for a, b, limit in [(1.5, 2.0, 10.0), (1.5, 2.0, 3), (2.0, 2.0, nan), (nan, 1.0, 5.0), (1.0, 3.0, inf),
                    (-0.0, 1.0, 0.0), (1.5, 2.0, 2 ** 53 + 1), (1.5, 2.0, 10 ** 30), (1.0, 2.0, True)]:
    print(fmt(a), fmt(b), fmt(limit), branch(a, b, limit))
for limit in ["s", None, 1j]:
    try:
        print(branch(1.5, 2.0, limit))
    except TypeError as e:
        print("TypeError", e)


def unbound(a, b):
    if a * b < c:
        return 1
    c = 1.0
    return c


try:
    unbound(1.0, 2.0)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
