# One call depth runs different functions in turn: the frame pooled at that depth is reused for
# each, and every function must see its own constants, names, cells and instructions.
import sys
import traceback

G = "global"


def small(x):
    return x + 1


def big(a, b, c):
    t = (a, b, c, "k1", "k2", 3.5)
    u = [a * 2, b * 3, c * 4]
    s = 0
    for v in u:
        s += v
    return len(t), s, G


def with_cell(n):
    k = n * 10

    def inner():
        return k + n

    return inner()


class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def attrs(p):
    return p.get() + p.v


def fails(n):
    x = [1, 2]
    return x[n]


def run():
    out = []
    for i in range(6):
        out.append(small(i))
        out.append(big(i, i + 1, i + 2))
        out.append(with_cell(i))
        out.append(attrs(P(i)))
        try:
            fails(i)
        except IndexError:
            tb = traceback.extract_tb(sys.exc_info()[2])
            out.append([(e.name, e.lineno) for e in tb])
        out.append(small(-i))
    return out


for item in run():
    print(item)


def depth(n, f):
    return f(n) if n == 0 else depth(n - 1, f)


for f in (small, with_cell, big.__code__.co_name and small):
    print(depth(5, f))
print(depth(3, lambda n: sys._getframe(1).f_code.co_name))
