# A one-argument math call inside compiled float and int chains (JitEmitter.MathCalls.cs), and a
# float compared unboxed (JitEmitter.Floats.cs, FloatCompare): the argument (an unboxed float or
# int, or a boxed exact float or int) and the result (a float for sqrt & co., an int for
# floor/ceil/trunc, either for abs) kept unboxed. Results, types and errors must be CPython's for
# every argument kind, and a rebound `math.sqrt`, `math` or imported name must be called as what it
# is from the next call on.
import math
from math import sqrt, floor


class F(float):
    pass


class I(int):
    pass


def s0(x, n): return math.sqrt(x * x) + 0.5
def s1(x, n): return x * 2.0 - math.sqrt(x * 1.0)
def s2(x, n): return math.exp(n * 1) * 1.0
def s3(x, n): return math.fabs(x) - 1.0
def s4(x, n): return math.sin(math.cos(x + 0.0)) + 0
def s5(x, n): return sqrt(x + 1.0) * 2.0
def s6(x, n): return math.floor(x * 0.5) + 1
def s7(x, n): return math.ceil(x - 0.25) * 3
def s8(x, n): return math.trunc(x + 0.0) - n
def s9(x, n): return math.floor(n + 1) + 0
def s10(x, n): return floor(x * 1.0) // 2
def s11(x, n): return -x - math.sqrt(x * x)
def s12(x, n): return -(x * 2.0) * 1.0
def s13(x, n): return abs(x - 10.0) * 1.0
def s14(x, n): return abs(n - 5) + 0
def s15(x, n): return math.sqrt(x * x) < 3.0
def s16(x, n): return math.floor(x * 1.0) < n
def s17(x, n): return math.sqrt(x * x)
def s18(x, n): return math.atan(n - 1) - math.tan(-x)
def s19(x, n): return (math.sqrt(n) + x) * (math.floor(n) - x)
def s20(x, n): return 1 if x * 2.0 < n else (2 if x - 1.0 == n else 3)
def s21(x, n): return (x * 1.0 != x * 1.0, x + 0.0 >= n - 1, abs(x - 1.0) <= 0.5, n * 1 > -x)


SHAPES = [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20, s21]
XS = [0.5, -2.0, 3.0, 0.0, -0.0, 1e300, float("inf"), float("-inf"), float("nan"), -1e-300, 2.5, -2.5,
      4.5e18, 9.3e18, -9.3e18, True, F(2.0), I(3), 7, -7, 10 ** 400]
NS = [0, 1, -1, 7, 2 ** 53 + 1, -2 ** 62, 2 ** 63 - 1, 10 ** 20, True, I(4), 800]


def outcome(f, x, n):
    try:
        r = f(x, n)
        return "%r:%s" % (r, type(r).__name__)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for k, f in enumerate(SHAPES):
    for x in XS:
        print(k, repr(x)[:12], " ".join(outcome(f, x, n) for n in NS))


def float_math(n):
    total = 0.0
    for i in range(n):
        x = i * 0.5
        total += x * x - math.sqrt(x * x) + 0.25
    return total


def floors(n):
    acc = 0
    for i in range(n):
        acc += math.floor(i * 0.5) - abs(i - 7)
    return acc


print(float_math(5000), floors(5000))

real_sqrt = math.sqrt
real_math = math


class FakeMath:
    @staticmethod
    def sqrt(x):
        return "fake " + repr(x)


def py_sqrt(x):
    return -1.0


def attr_form(n):
    out = []
    for i in range(n):
        if i == 300:
            math.sqrt = py_sqrt
        if i == 500:
            math.sqrt = abs
        if i == 700:
            math.sqrt = real_sqrt
        out.append(math.sqrt(i * 4.0) + 0.5)
    return out[295:305] + out[495:505] + out[695:705]


def global_form(n):
    global math
    out = []
    for i in range(n):
        if i == 200:
            math = FakeMath
        if i == 202:
            math = real_math
        out.append(math.sqrt(i * 1.0) if 200 <= i < 202 else math.sqrt(i * 1.0) * 1)
    return out[198:204]


def imported_form(n):
    global sqrt
    out = []
    for i in range(n):
        if i == 100:
            sqrt = py_sqrt
        if i == 101:
            sqrt = math.exp
        if i == 103:
            sqrt = real_sqrt
        try:
            out.append(sqrt(i * 9.0) - 0.0)
        except OverflowError as e:
            out.append(str(e))
    return out[98:106]


print(attr_form(1000))
print(global_form(400))
print(imported_form(200))
