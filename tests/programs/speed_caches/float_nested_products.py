# A float chain takes a nested product as a step (Interpreter.FloatChains.cs, ContinueFloat):
# in `a * b + c * d` the value of `a * b` waits unboxed while `c * d` is computed, and the BINARY_OP
# after it consumes both. Every result, type and error must equal CPython's, where the chain stops
# with the value still waiting (a call, a list display, a compare, a store, a failing step, an
# operand that is not a float) as well as where it runs to its end.
import math

from _number_format import digest, fmt

nan = float("nan")
inf = float("inf")
VALUES = [0.0, -0.0, 1.0, -1.5, 1e308, 5e-324, inf, nan, 0, 2, True]
OPS = ["+", "-", "*", "/", "**"]


def compile_shapes(op1, op2, op3):
    src = (
        "def pair(a, b, c):\n    return a %(1)s b %(2)s (b %(1)s c)\n"
        "def triple(a, b, c):\n    return (a %(1)s a %(2)s b %(1)s b) %(3)s (c %(1)s c)\n"
        "def konst(a, b, c):\n    return (a %(1)s b) %(2)s (c %(1)s 2.5) %(3)s 0.5\n"
        "def scaled(a, b, c):\n    return c %(3)s ((a %(1)s a %(2)s b %(1)s b) ** -1.5)\n"
        "def listed(a, b, c):\n    return [a %(1)s b, b %(1)s c]\n"
        "def called(a, b, c):\n    return pow(a %(1)s b, b %(1)s c)\n"
        "def stored(a, b, c):\n    x = a %(1)s b\n    y = (a %(1)s b) %(2)s (b %(1)s c)\n    return x, y\n"
        "def compared(a, b, c):\n    if a %(1)s b %(2)s b %(1)s c < c:\n        return 'lt'\n    return 'ge'\n"
        "def aug(a, b, c):\n    v = [c, a]\n    v[0] %(2)s= a %(1)s a %(3)s b %(1)s b\n    return v\n"
    ) % {"1": op1, "2": op2, "3": op3}
    ns = {}
    exec(src, ns)
    return [(name, ns[name]) for name in ("pair", "triple", "konst", "scaled", "listed", "called", "stored", "compared", "aug")]


def show(v):
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(show(x) for x in v) + "]"
    if isinstance(v, complex):
        return "complex"
    return fmt(v) if not isinstance(v, str) else v


def attempt(f, a, b, c):
    try:
        return show(f(a, b, c))
    except Exception as e:
        if isinstance(e, ZeroDivisionError) and "complex" in str(e):
            return "complex"  # complex ** complex at its edges is complex's business (float_chains.py, fmt_grid)
        return "%s(%s)" % (type(e).__name__, e)


checked = 0
for op1 in OPS:
    for op2 in OPS:
        for op3 in (("/",) if op2 in "+-" else ("+",)):
            for name, f in compile_shapes(op1, op2, op3):
                if op1 == op2 == "**" and name in ("compared", "aug"):
                    continue  # they would compare or store a complex ** complex edge (see attempt)
                lines = []
                for a in VALUES:
                    for b in VALUES:
                        for c in (0.0, -1.5, 2):
                            lines.append(attempt(f, a, b, c))
                            checked += 1
                print(op1, op2, op3, name, lines[5], lines[100], lines[-1], digest(lines))
print("checked", checked)


# Operands that end the nested step: subclasses, classes with dunders, big ints, strings.
class F(float):
    def __mul__(self, other):
        return F(float(self) * other * 10.0)

    def __rmul__(self, other):
        return F(float(self) * other * 100.0)


class R:
    def __radd__(self, other):
        return ("R.radd", fmt(other))

    def __rmul__(self, other):
        return self


def mixed(a, b, c, d):
    return a * b + c * d


x, y = 1.5, 4.0
print(mixed(x, y, x, y), mixed(x, y, F(2.0), y), mixed(x, y, y, F(2.0)), mixed(x, y, 2, 3), mixed(x, y, x, R()))
print(type(mixed(x, y, F(2.0), y)).__name__, type(mixed(F(2.0), y, x, y)).__name__, mixed(F(2.0), y, x, y))
print(attempt(lambda a, b, c: mixed(a, b, 10 ** 400, c), x, y, 0.5), mixed(x, y, 2 ** 53 + 1, 1.0))
print(attempt(lambda a, b, c: mixed(a, b, "s", 3), x, y, 0.0))
try:
    print(mixed(x, y, "s", "t"))
except TypeError as e:
    print("TypeError", e)


# Errors raised by the step after a nested product come from the right instruction and line.
def divides(a, b, c):
    return (a * b
            / (c * c))


for c in (0.0, -0.0, 2.0):
    try:
        print(divides(1.5, 2.0, c))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("ZeroDivisionError", e, "line offset", tb.tb_lineno - divides.__code__.co_firstlineno)


def overflows(a, b):
    return (a * a + b * b) ** 10.0


for a, b in ((1.0, 2.0), (1e30, 1e30), (1e200, 1.0)):
    try:
        print(overflows(a, b))
    except OverflowError as e:
        print("OverflowError", e)


# A nested product met by math.sqrt (CALL_METHOD 1 of a module function) and by a rebound name.
def norm(dx, dy, dz):
    return math.sqrt(dx * dx + dy * dy + dz * dz)


print(norm(3.0, 4.0, 12.0), norm(0.0, -0.0, 0.0), norm(inf, 1.0, nan), norm(1e200, 1e200, 1.0))
sqrt = math.sqrt
print(sqrt(3.0 * 3.0 + 4.0 * 4.0), abs(-3.0 * 2.0 + 1.5 * 1.5))


# An unbound local inside the nested product raises UnboundLocalError at its own instruction.
def unbound(a, b):
    r = a * b + c * c
    c = 1.0
    return r


try:
    unbound(1.0, 2.0)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


# nbody's energy and advance shapes, with the results CPython gives.
def energy_terms(pairs):
    e = 0.0
    for (x1, y1, z1, m1), (x2, y2, z2, m2) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        dz = z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    return e


def kinetic(vs):
    e = 0.0
    for vx, vy, vz, m in vs:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.0
    return e


bodies = [(0.0, 0.0, 0.0, 39.47), (4.84, -1.16, -0.10, 0.037), (8.34, 4.12, -0.40, 0.011), (12.89, -15.11, -0.22, 0.0017)]
pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
print(repr(energy_terms(pairs)), repr(kinetic(bodies)), repr(kinetic([(1, 2, 3, 4), (0.5, -0.0, 2, 1)])))
