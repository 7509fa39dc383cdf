# The eval loop fuses `local OP local|const [-> local]` and `local CMP local|const; branch` into
# one instruction for ints and floats (Bytecode/Superinstructions.cs). Anything else must behave
# exactly as the separate instructions: other operand types, unbound locals, overwriting a local
# whose old value has a __del__, errors with the line of the operator, jumps into the middle of a
# fused pattern, and NaN / mixed int-float comparisons that decide branches.
import sys
import traceback


def arith(a, b):
    c = a + b
    d = a - 3
    e = a * b
    f = b / 2
    g = a // b
    h = a % 7
    i = a ** 2
    c += 1
    return c, d, e, f, g, h, i


for a, b in [(7, 2), (7.5, 2), (7, 2.5), (-7.5, -2.0), (2 ** 62, 3), (2 ** 100, 7), (True, 3), (-(2 ** 63), 1)]:
    print("arith", a, b, arith(a, b))

# Non-numbers take the ordinary path.
print("str", arith("ab", "cd") if False else None)


def concat(a, b):
    c = a + b
    d = a * 2
    return c, d


print("concat", concat("ab", "cd"), concat([1], [2]), concat((1,), (2,)))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Money) else o)

    def __repr__(self):
        return "Money(%r)" % self.v


def objects(a, b):
    c = a + b
    d = a + 1
    return c, d, a < b, a < 10


print("objects", objects(Money(1), Money(2)))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def overwrite(a, b):
    c = Noisy("old c")
    print("before store")
    c = a * b       # the fused store must drop the old value at once
    print("after store", c)
    d = Noisy("old d")
    d = a - 1.5
    print("after second store", d)
    return c


print("overwrite", overwrite(3, 4))


def unbound(flag):
    if flag:
        x = 1
    y = x + 1
    return y


for flag in (True, False):
    try:
        print("unbound", unbound(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def unbound_second(flag):
    if flag:
        x = 1
    y = 2
    z = y + x
    return z


for flag in (True, False):
    try:
        print("unbound second", unbound_second(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def divide(a, b):
    q = (a
         /
         b)
    return q


for a, b in [(1, 0), (1.0, 0.0), (1, 0.0), (0.0, -1)]:
    try:
        print("divide", divide(a, b))
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print("ZeroDivisionError", e, "line", tb[-1].lineno - divide.__code__.co_firstlineno)


def power_errors(a, b):
    r = a ** b
    return r


for a, b in [(0.0, -1), (10.0, 400), (-8.0, 1 / 3), (2, -1), (0, -1)]:
    try:
        print("pow", power_errors(a, b))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)


def compares(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a > b:
        out.append("gt")
    if a >= b:
        out.append("ge")
    if not a < 0:
        out.append("nonneg")
    if a > 0.5:
        out.append("gt-half")
    return out


nan = float("nan")
for a, b in [(1, 2), (2, 2), (2.0, 2), (2, 2.5), (nan, 1), (1, nan), (nan, nan), (-0.0, 0), (2 ** 53 + 1, 2.0 ** 53),
             (2 ** 70, 1.0), ("a", "b"), ((1, 2), (1, 3)), (True, 1), (Money(1), 3)]:
    try:
        print("compare", a, b, compares(a, b))
    except TypeError as e:
        print("TypeError", e)


def loops(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    k = n
    while k > 0:
        k -= 3
    x = 0.0
    while x < n:
        x = x + 0.75
    return total, k, x


print("loops", loops(10), loops(0), loops(7))


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


print("fib", [fib(k) for k in range(15)])


def middle(n):
    # the conditional expression's branches jump into the middle of `a + b` style sequences
    a = 1
    out = []
    for b in range(n):
        c = a + (b if b % 2 else -b)
        out.append(c)
        a = a + b if b > 1 else a - b
    return out, a


print("middle", middle(6))


class MyFloat(float):
    def __add__(self, other):
        return "MyFloat.__add__"

    def __lt__(self, other):
        return False


def subclass(a, b):
    c = a + b
    d = b + 1
    r = "lt" if a < b else "not lt"
    return c, d, r


print("subclass", subclass(MyFloat(1.0), 2.0), subclass(1.0, MyFloat(2.0)))


def many_locals():
    # more locals than fit in a byte still fuse correctly
    v0 = v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = v9 = 0
    names = {}
    for i in range(300):
        names["w%d" % i] = i
    exec("", names)
    w = 5
    r = w * 3 + v9
    return r


print("many", many_locals())


def stack_operands(a, b, s):
    # (expression on the stack) OP local | constant
    r1 = (a + 1) * b
    r2 = (a * b) - 2.5
    r3 = s + s * 2
    r4 = (a - b) ** 2
    r5 = [a][0] / b
    return r1, r2, r3, r4, r5


for a, b, s in [(3, 4, "x"), (1.5, -2, [0]), (2 ** 62, 2 ** 62, (1,)), (1, 0.5, 7)]:
    print("stack operands", stack_operands(a, b, s))
for a, b in [(1, 0), (2.0, 0.0)]:
    try:
        stack_operands(a, b, "")
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, traceback.extract_tb(sys.exc_info()[2])[-1].lineno - stack_operands.__code__.co_firstlineno)


def unbound_right(flag):
    if flag:
        y = 2
    return (flag + 1) * y


for flag in (True, False):
    try:
        print("unbound right", unbound_right(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def stack_compares(xs):
    out = []
    for x in xs:
        lim = 2
        if x % 2 == 0:
            out.append("even")
        if x * 2 > lim:
            out.append("big")
        if not (x - 1 <= lim):
            out.append("not le")
        out.append("|")
    return out


print("stack compares", stack_compares([0, 1, 2, 3, 2.5, -1.0, float("nan"), True]))
try:
    stack_compares(["a"])
except TypeError as e:
    print("TypeError", e)
print("stack compares objects", stack_compares([Money(1)]) if False else None)
