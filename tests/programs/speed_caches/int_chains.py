# Int expressions skip their intermediate objects (Interpreter.IntChains.cs): a machine-int result
# consumed at once by further + - * // % (or by float arithmetic) runs unboxed. Every result, type
# and error must equal CPython's, including overflow into big ints, division by zero, floor
# division and modulo of negative numbers, the most negative machine int, bool and mixed floats.
from _number_format import digest, fmt

A = [0, 1, -1, 7, -7, 3037000499, 2 ** 62, -(2 ** 63), 2 ** 63 - 1, True, 2.5]
B = [0, 1, -1, 2, -3, 2 ** 32, 2 ** 63, False, -0.5]
C = [0, -1, 5, -6, 2 ** 62, 10 ** 20, True, 0.25]
OPS = ["+", "-", "*", "//", "%", "/"]


def compile_shapes(op1, op2):
    src = (
        "def left(a, b, c):\n    return (a %s b) %s c\n"
        "def right(a, b, c):\n    return c %s (a %s b)\n"
        "def const(a, b, c):\n    return (a %s b) %s 3\n"
        "def three(a, b, c):\n    return ((a %s b) %s c) %s (b %s c)\n"
        "def aug(a, b, c):\n    v = [c]\n    v[0] %s= a %s b\n    return v[0]\n"
        "def store(a, b, c):\n    t = a %s b %s c\n    return t\n"
        "def branch(a, b, c):\n    if a %s b %s 1 < c:\n        return 'lt'\n    return 'ge'\n"
    ) % (op1, op2, op2, op1, op1, op2, op1, op2, op1, op2, op2, op1, op1, op2, op1, op2)
    ns = {}
    exec(src, ns)
    return [(name, ns[name]) for name in ("left", "right", "const", "three", "aug", "store", "branch")]


def attempt(f, a, b, c):
    try:
        r = f(a, b, c)
        return r if isinstance(r, str) else fmt(r)
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)


checked = 0
for op1 in OPS:
    for op2 in OPS:
        for name, f in compile_shapes(op1, op2):
            lines = []
            for a in A:
                for b in B:
                    for c in C:
                        lines.append(attempt(f, a, b, c))
                        checked += 1
            h = digest(lines)
            print(op1, op2, name, h, lines[5], lines[100], lines[-3])
print("checked", checked)


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


print([eval_a(i, j) for i in (0, 3, 1000, 3037000499) for j in (0, 7, 2 ** 31)])
n = 2 ** 62
print(n + n - n, n * 2 // 4, (n + n) % 7, -(n + n) // 3, (n * 4) * 1.0, 1.5 * (n + n), n * 4 < n * 8)
m = -(2 ** 63)
print(m // -1, m % -1, (m + 0) // -1, (m - 1) % 10, m * -1 + 0)
