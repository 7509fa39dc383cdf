# Arithmetic and comparisons of exact ints and floats take a shortcut past the dunder call
# (Interpreter.NumericFast.cs). Every result, type and error must equal CPython's: NaN, -0.0,
# inf, overflow into big ints, division by zero, mixed int/float, bool, big ints, and
# subclasses with overridden dunders (which must not take the shortcut).

from _number_format import fmt

nan = float("nan")
inf = float("inf")
INTS = [0, 1, -1, 2, -3, 7, 2 ** 31, -(2 ** 31), 2 ** 53, 2 ** 53 + 1, 2 ** 62, 2 ** 63 - 1, -(2 ** 63),
        2 ** 63, -(2 ** 63) - 1, 2 ** 64 + 3, -(10 ** 30), 10 ** 40 + 7]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 1e308, -1e308, 5e-324, inf, -inf, nan, 3.0, -7.25]


def attempt(f, a, b):
    try:
        return fmt(f(a, b))
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)


BINOPS = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b), ("&", lambda a, b: a & b), ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b),
]


def inplace(sym):
    src = "def f(a, b):\n    a %s= b\n    return a\n" % sym
    ns = {}
    exec(src, ns)
    return ns["f"]


INPLACE = [(sym + "=", inplace(sym)) for sym, _ in BINOPS]


def table(name, xs, ys, ops):
    for sym, f in ops:
        row = []
        for a in xs:
            for b in ys:
                if sym in ("**", "**=") and isinstance(a, int) and isinstance(b, int) and b > 200:
                    continue  # a huge power: not interesting, just slow
                if sym in ("<<", "<<=") and isinstance(b, int) and b > 200:
                    continue
                row.append(attempt(f, a, b))
        print(name, sym, " ".join(row))


SMALL_INTS = [0, 1, -1, 2, -3, 7, 2 ** 62, -(2 ** 63), 2 ** 64 + 3, -(10 ** 30)]
table("int-int", SMALL_INTS, SMALL_INTS, BINOPS)
table("int-int", [5, -5, 2 ** 63 - 1, -(2 ** 63)], [3, -3, 2, -1, 0, 64, 65], INPLACE)
table("float-float", FLOATS, FLOATS, BINOPS[:7])
table("float-float", [1.5, -0.0, inf, nan], [2.0, -0.0, 0.0, -inf], INPLACE[:7])
table("float-int", FLOATS, INTS, BINOPS[:7])
table("int-float", INTS, FLOATS, BINOPS[:7])
table("float-int", [2.5, -0.0, -2.0], [0, 3, -2, 2 ** 63], INPLACE[:7])
table("int-float", [0, 3, -2, 2 ** 63], [2.5, -0.0, -2.0], INPLACE[:7])
table("bool", [True, False], [True, False, 2, 2.5], BINOPS)

# The smallest overflows of machine arithmetic must become exact big ints.
M = 2 ** 63 - 1
m = -(2 ** 63)
print("overflow", M + 1, m - 1, M * 2, m * -1, m * m, -m, M - m, m // -1, m % -1, abs(m), -M - 2)
print("overflow types", type(M + 1).__name__, type((M + 1) - 1).__name__, (M + 1) - 1 == M)
x = 3037000500
print("mul edge", x * x, x * -x, (x - 1) * (x - 1), 4611686018427387904 * 2, -4611686018427387904 * 2)

CMPOPS = [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), ("==", lambda a, b: a == b),
          ("!=", lambda a, b: a != b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]


def cmp_table(name, xs, ys):
    rows = []
    for a in xs:
        for b in ys:
            rows.append("".join("1" if f(a, b) else "0" for _, f in CMPOPS))
    print(name, " ".join(rows))


cmp_table("cmp int-int", INTS, INTS)
cmp_table("cmp float-float", FLOATS, FLOATS)
cmp_table("cmp float-int", FLOATS, INTS)
cmp_table("cmp int-float", INTS, FLOATS)
cmp_table("cmp near 2**53", [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 54 + 1],
          [9007199254740992.0, 9007199254740994.0, -9007199254740992.0, 1.8014398509481984e16])
cmp_table("cmp bool", [True, False], [True, False, 1, 0, 1.0, 0.5, nan])
print("branch", [1 if v < 0 else 0 for v in [-1, -0.0, 0.0, 1e-300, -5, nan, -inf]])

# Unary minus of ints and floats.
print("neg", [fmt(-v) for v in [0, 5, -(2 ** 63), 2 ** 63, 0.0, -0.0, inf, nan, 1.5]])
print("neg bool", -True, -False, type(-True).__name__)


# Subclasses with overridden dunders must call them, in CPython's order.
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return "MyInt.__radd__"

    def __lt__(self, other):
        return "MyInt.__lt__"

    def __gt__(self, other):
        return "MyInt.__gt__"

    def __pow__(self, other):
        return "MyInt.__pow__"

    def __rtruediv__(self, other):
        return "MyInt.__rtruediv__"


class MyFloat(float):
    def __sub__(self, other):
        return "MyFloat.__sub__"

    def __rsub__(self, other):
        return "MyFloat.__rsub__"

    def __rmul__(self, other):
        return "MyFloat.__rmul__"

    def __le__(self, other):
        return "MyFloat.__le__"

    def __ge__(self, other):
        return "MyFloat.__ge__"

    def __neg__(self):
        return "MyFloat.__neg__"


class PlainInt(int):
    pass


class PlainFloat(float):
    pass


a, f = MyInt(3), MyFloat(2.5)
print("sub int", a + 1, 1 + a, a + 1.5, 1.5 + a, a + a, a < 1, 1 < a, 1 > a, a < 1.0, a ** 2, 2 ** a, 1 / a, 1.0 / a)
print("sub float", f - 1, 1 - f, f - 1.0, 1.0 - f, 2 * f, 2.0 * f, f * 2, f <= 1, 1 <= f, 1.0 >= f, -f)
acc = 10
acc -= f
print("sub inplace", acc)
acc = 10
acc += a
print("sub inplace", acc)
p, q = PlainInt(7), PlainFloat(0.5)
print("plain", fmt(p + 1), fmt(p * 2.0), fmt(q + 1), fmt(q * q), fmt(p // 2), fmt(-p), fmt(-q), p < q, q < p)


# A reflected dunder of a foreign type still wins when int/float returns NotImplemented.
class Vec:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return "Vec.__radd__(%r)" % (other,)

    def __rmul__(self, other):
        return "Vec.__rmul__(%r)" % (other,)

    def __gt__(self, other):
        return "Vec.__gt__(%r)" % (other,)


print("foreign", 1 + Vec(0), 2.5 * Vec(0), 1 < Vec(0), 1.5 < Vec(0))
for bad in [lambda: 1 + "a", lambda: 1.5 * None, lambda: 1 < "a", lambda: 2.0 >= [], lambda: 1 @ 2, lambda: 1.5 @ 2.0]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# Loops that stay on the fast path (accumulators, mixed types, pow with negative base).
s = 0
t = 0.0
for i in range(-50, 50):
    s += i * i - 3 * i
    t += i / 7 - (i % 5) * 0.25 + i // 3
print("loops", s, repr(t))
print("pow", (-8.0) ** (1 / 3), (-2.0) ** 3, 2 ** -2, (-2) ** -3, 0.0 ** 0, 0 ** 0.0, (-1) ** 0.5)
for bad in [lambda: 0.0 ** -1, lambda: 0 ** -1, lambda: 10.0 ** 400, lambda: 1e308 * 10 ** 1, lambda: 2 ** 2000 * 1.0,
            lambda: 1 / 0, lambda: 1.0 / 0, lambda: 1 // 0.0, lambda: 5 % 0, lambda: 2.5 % 0, lambda: (10 ** 400) / 1.5,
            lambda: 1 << -1, lambda: 1 >> -1]:
    try:
        print("no error", bad())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)

# min/max of several arguments compare exact numbers without the dunder call.
print("max", [fmt(v) for v in [max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0), max(nan, 1), max(1, nan),
                               min(nan, 1), min(1, nan), max(1, 1.0), max(1.0, 1), min(1, 1.0), max(True, 1), min(False, 0.0),
                               max(2, 2.5, 1), min(3, 2 ** 70, 2.5, -(2 ** 70)), min(1e308, 2 ** 1024), max(2 ** 53 + 1, 2.0 ** 53),
                               max(-inf, -(2 ** 63)), max(0.0, -1e-300), min(5, 4, 3, 4, 5)]])
print("max mixed", max("a", "b", "ab"), min([1], [0, 5]), max((1, 2), (1, 2.5)), max(RevInt(1), RevInt(2)) if False else None)


class Rev(float):
    def __gt__(self, other):
        return not float.__gt__(self, other)

    def __lt__(self, other):
        return not float.__lt__(self, other)


print("max subclass", max(Rev(1.0), 2.0), max(2.0, Rev(1.0)), min(Rev(1.0), 0.5), max(1, 2, Rev(3.0), 0))
for bad in [lambda: max(1, "a"), lambda: min(2.5, None), lambda: max(1, [])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print("abs", [fmt(abs(v)) for v in [-0.0, -inf, nan, -(2 ** 63), -5, 3, -2.5, True, -(10 ** 30)]])
