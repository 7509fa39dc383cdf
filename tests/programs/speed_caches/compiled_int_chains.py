# Int expressions whose intermediates compiled code keeps as machine longs (the baseline compiler's
# int chains: JitEmitter.Ints.cs): + - * // % & | ^ << >> and unary - ~ feeding each other and
# compares that branch on them. Every result, type and error must equal CPython's, at the long
# range's edges (where a step overflows into a big int), for negative floor division and modulo,
# zero divisors, negative and large shift counts, and for operands that must leave the chain
# (bool, float, big ints, int subclasses with and without their own operators).
import gc

M = 2 ** 63 - 1
OPS = ["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>"]
SHAPES = """
def left(a, b):
    return (a OP b) OP 3
def right(a, b):
    return 5 OP (a OP b)
def both(a, b):
    return (a OP b) OP (b OP 2)
def aug(a, b):
    x = b
    x OP= (a OP 1)
    return x
def mixed(a, b):
    return ((a OP b) - 1) * 3 + (a OP b) % 7 - ~(a OP b)
def neg(a, b):
    return -(a OP b), ~(a OP b), -(-(a OP b)) + 0
def cmp(a, b):
    r = ""
    if (a OP b) < b:
        r += "<"
    if (a OP b) >= (b OP 2):
        r += ">="
    if not (a OP b) != a:
        r += "=="
    return r, (a OP b) > 0, (a OP b) == -1
"""
KINDS = ["left", "right", "both", "aug", "mixed", "neg", "cmp"]


class Own(int):
    def __add__(self, o):
        return "Own+"

    def __rsub__(self, o):
        return "Own-r"

    def __and__(self, o):
        return "Own&"

    def __neg__(self):
        return "Own-neg"

    def __lt__(self, o):
        return "Own<"


class Plain(int):
    pass


def show(v):
    if isinstance(v, (tuple, list)):
        return "(" + ", ".join(show(x) for x in v) + ")"
    if type(v) is int and v.bit_length() > 200:
        return "big%d:%d" % (v.bit_length(), v % 1000003)
    return "%s:%s" % (type(v).__name__, v)


def outcome(f, a, b):
    try:
        return show(f(a, b))
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)


VALS = [0, 1, -1, 3, -7, 10, 1024, 1025, -6, M, -M - 1, 3037000500, 2 ** 64, -(2 ** 64), True, 2.5, Own(4), Plain(9)]
COUNTS = [0, 1, 7, 62, 63, 64, 70, -1, True, Plain(2), 2 ** 64]

for op in OPS:
    ns = {}
    exec(SHAPES.replace("OP", op), ns)
    fs = [ns[k] for k in KINDS]
    print("==", op)
    for a in VALS:
        if op in ("<<", ">>") and type(a) is int and abs(a) > 1025:
            continue  # keeps `5 << (a << b)` computable (or at once too big)
        for b in COUNTS if op in ("<<", ">>") else VALS:
            print(show(a), show(b), " ".join(outcome(f, a, b) for f in fs))


# the edges of the long range, one step each
def add1(a):
    return (a + 1) - 0


def sub1(a):
    return (a - 1) + 0


def mul(a, b):
    return (a * b) + 0


def fdiv(a, b):
    return (a // b) + 0


def mod(a, b):
    return (a % b) + 0


def negate(a):
    return -(a + 0)


def shl(a, b):
    return (a << b) + 0


def shr(a, b):
    return (a >> b) + 0


for f, args in [(add1, (M,)), (add1, (M - 1,)), (sub1, (-M - 1,)), (sub1, (-M,)), (mul, (3037000499, 3037000499)),
                (mul, (3037000500, 3037000500)), (mul, (-M - 1, -1)), (mul, (2 ** 62, 2)), (mul, (-(2 ** 62), 2)),
                (fdiv, (-M - 1, -1)), (fdiv, (-7, 2)), (fdiv, (7, -2)), (fdiv, (-7, -2)), (fdiv, (5, 0)),
                (mod, (-7, 2)), (mod, (7, -2)), (mod, (-M - 1, -1)), (mod, (5, 0)), (mod, (-1, M)),
                (negate, (-M - 1,)), (negate, (M,)), (shl, (1, 62)), (shl, (1, 63)), (shl, (-1, 63)), (shl, (0, 10 ** 6)),
                (shl, (5, -1)), (shr, (-1, 64)), (shr, (-M - 1, 63)), (shr, (5, 10 ** 30)), (shr, (5, -2))]:
    print(f.__name__, args, outcome(lambda a, b: f(*args), 0, 0))


# loops: the int_loop and spectral_norm kernels, a compare-and-branch on a chain
def int_loop(n):
    total = 0
    for i in range(n):
        total += (i * 7) % 11
    return total


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n & 1 == 0:
            n = n >> 1
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def bits(n):
    c = 0
    for i in range(n):
        if (i ^ (i >> 1)) & 3 == 2:
            c += 1
        elif -(i * 3) % 5 > 2:
            c -= 1
    return c


print(int_loop(5000), sum(eval_a(i, j) for i in range(40) for j in range(40)), collatz_steps(27), collatz_steps(2 ** 70 + 1), bits(3000))


# a chain interrupted by code that can look at the frame: a property that collects cycles, a failing
# subscript, an unbound global (the error's line is the interpreter's)
class Obj:
    @property
    def p(self):
        gc.collect()
        return 2


o = Obj()
d = {3: 4}


def via_getter(a, b):
    return (a * b) + o.p * (a - b)


def via_subscript(a, b):
    return (a * b) + d[a - b]


def via_global(a, b):
    return (a * b) + (a - b) * not_defined


def spilled(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return "%s(%s) line %d" % (type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)


print(spilled(via_getter, 10 ** 6, 7), spilled(via_subscript, 10 ** 6, 10 ** 6 - 3), spilled(via_subscript, 10 ** 6, 3),
      spilled(via_global, 10 ** 6, 3))
