# A one-argument math function called on a float chain's value runs unboxed inside the chain
# (Interpreter.FloatChains.cs, PyBuiltinFunction.FloatFn): `math.sqrt(x * x)`, `sqrt(a + b) - c`.
# Results, errors and their messages must equal CPython's and the same call on a plain variable
# (no chain), for every function of that kind, both call forms, and a rebound or shadowing name.
import math
from math import sqrt, exp

nan = float("nan")
inf = float("inf")
NAMES = ["sqrt", "exp", "exp2", "expm1", "cbrt", "sin", "cos", "tan", "asin", "acos",
         "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs",
         "gamma", "lgamma", "radians"]
# Their values differ from CPython's for some arguments (log1p of large values, erf's last digit,
# degrees(1e308) raising) with or without a chain: only the agreement of both forms is printed.
AGREE_ONLY = ["log1p", "erf", "erfc", "degrees"]
VALUES = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.0, 710.0, -710.0, 1e308, inf, -inf, nan]


def show(v):
    return repr(v) if isinstance(v, float) else "%s:%s" % (type(v).__name__, v)


def chained(fn, v):
    try:
        return show(fn(v * 1.0) + 0.0)          # LOAD_FAST_LOAD_CONST_BINARY_OP; CALL 1; LOAD_CONST_BINARY_OP
    except (ValueError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


def plain(fn, v):
    try:
        r = fn(v)
        return show(r + 0.0)
    except (ValueError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


for name in NAMES:
    fn = getattr(math, name)
    row = []
    for v in VALUES:
        a, b = chained(fn, v), plain(fn, v)
        row.append(a if a == b else "MISMATCH %s / %s" % (a, b))
    print(name, " ".join(row))
for name in AGREE_ONLY:
    fn = getattr(math, name)
    print(name, all(chained(fn, v) == plain(fn, v) for v in VALUES))


def method_form(x, y):
    # CALL_METHOD 1 of a module attribute, its result an operand of further steps and a compare
    s = x * x - math.sqrt(x * x + y * y) + 0.25
    if math.fabs(x - y) * 2.0 < 1.0:
        s += 1.0
    return s


print([method_form(i * 0.5, 3.0) for i in range(8)])
print(sum(x * x - math.sqrt(x * x) + 0.25 for x in [i * 0.5 for i in range(1000)]))


def global_form(x):
    return sqrt(x * 4.0) * 2.0 + exp(x * 0.0)   # CALL 1 of a module global


print([global_form(i * 1.0) for i in range(5)])


def error_line(x):
    return (x * 2.0
            + math.sqrt(x
                        * -1.0))


try:
    error_line(3.0)
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_lineno - error_line.__code__.co_firstlineno)


class Shadow:
    @staticmethod
    def sqrt(v):
        return "shadow %r" % v


def shadowed(m, x):
    return m.sqrt(x * x)


print(shadowed(Shadow(), 3.0), shadowed(Shadow, 1.5), shadowed(math, 3.0))

saved = math.sqrt
math.sqrt = lambda v: v * 10.0
print(method_form(2.0, 1.0), shadowed(math, 3.0))
math.sqrt = saved
print(method_form(2.0, 1.0))
sqrt = abs                               # a builtin of one argument without FloatFn
print(global_form(-2.0))


class F(float):
    pass


print(math.sqrt(F(4.0) * 1.0), math.sqrt(4 * 1) + 1.0, math.sqrt(True * 1.0), type(math.sqrt(2 ** 80 * 1)).__name__)
