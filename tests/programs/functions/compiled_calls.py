# Calls between plain functions, a class's __init__ and operator dunders, each made many times
# (under PYVM_JIT=always the later calls go from compiled code straight into compiled code):
# results, tracebacks, __del__ order when a call fails, the frame chain, and recursion errors.
import sys
import traceback


def square(x):
    return x * x


def hyp(a, b):
    return square(a) + square(b)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


def walk(n):
    p = Vec(0, 0)
    step = Vec(1, 2)
    for i in range(n):
        p = p + step * i - Vec(i, i)
    return p, p.dot(step)


print([hyp(i, i + 1) for i in range(6)])
print(fib(15), fib(16))
for n in (3, 10, 40):
    print(n, walk(n))


class Noisy:
    def __init__(self, tag, fail):
        self.tag = tag
        if fail:
            raise ValueError("no " + tag)

    def __del__(self):
        print("del", self.tag)


def build(tag, fail):
    n = Noisy(tag, fail)
    return n.tag


def relay(tag, fail):
    keep = Noisy(tag + "-keep", False)
    return build(tag, fail) + "/" + keep.tag


for fail in (False, True, False):
    try:
        print("built", relay("t%d" % fail, fail))
    except ValueError as e:
        print("caught", e)
        print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
    print("after", fail)


class Bad:
    def __init__(self, v):
        self.v = v
        return v


def make_bad(v):
    return Bad(v).v


for v in (None, 3, None):
    try:
        print("bad", make_bad(v))
    except TypeError as e:
        print("TypeError", e)


def sub(a, b):
    return a - b


for b in (Vec(1, 1), 2, Vec(0, 5)):
    try:
        print("sub", sub(Vec(3, 3), b))
    except TypeError as e:
        print("TypeError", e)
        print([fs.name for fs in traceback.extract_tb(e.__traceback__)])


def names_up():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def down_to(n):
    if n == 0:
        return names_up()
    return down_to(n - 1)


for n in (0, 2, 4):
    print(down_to(n))


def endless(n):
    return endless(n + 1) + 1


def depth_of_recursion_error():
    try:
        endless(0)
    except RecursionError as e:
        n = 0
        tb = e.__traceback__
        while tb is not None:
            n += 1
            tb = tb.tb_next
        return n > 100, str(e)


for _ in range(3):
    print(depth_of_recursion_error())
