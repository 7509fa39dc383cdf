# Direct calls between compiled functions (PYVM_JIT): a plain positional call and a bound method
# call enter the callee's compiled body without generic dispatch; everything the call checks must
# still hold: rebinding, a replaced __code__, keywords, shadowing attributes, exceptions, frames,
# recursion depth.
import sys


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


def inc(x):
    return x + 1


def dec(x):
    return x - 1


def rebinding(n):
    global inc
    out = []
    saved = inc
    for i in range(n):
        out.append(inc(i))
        if i == 4:
            inc = dec
    inc = saved
    return out


def target(a, b):
    return a * b


def replacement(a, b):
    return a + b


def code_swap():
    out = []
    for i in range(6):
        out.append(target(i, 3))
        if i == 2:
            target.__code__ = replacement.__code__
    return out


def defaults(a, b=5, c=7):
    return (a, b, c)


def keyword_calls():
    return [defaults(1), defaults(1, 2), defaults(1, c=3), defaults(b=0, a=9)]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def twice(self):
        return self.v * 2


def method_calls():
    p = Point(1, -2)
    total = 0
    for i in range(8):
        p = p.moved(1, -1)
        total += p.norm1()
        if i == 5:
            p.norm1 = lambda: 1000
    s = Slotted(21)
    return total, s.twice(), [Slotted(i).twice() for i in range(4)]


def divide(a, b):
    return a // b


def through(a, b):
    return divide(a, b) + 1


def frame_names(tb):
    return [] if tb is None else [tb.tb_frame.f_code.co_name] + frame_names(tb.tb_next)


def raising():
    out = []
    for b in (2, 0, 3):
        try:
            out.append(through(10, b))
        except ZeroDivisionError as e:
            out.append(frame_names(e.__traceback__))
    return out


def callee_frame():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name


def caller_frame():
    return callee_frame()


def down(n):
    return down(n + 1)


def recursion():
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(400)
    try:
        down(0)
    except RecursionError as e:
        return str(e)
    finally:
        sys.setrecursionlimit(old)


for _ in range(3):
    print(fib(15))
    print(rebinding(9))
    target.__code__ = (lambda a, b: a * b).__code__
    print(code_swap())
    print(keyword_calls(), defaults(*[4, 4, 4]))
    print(method_calls())
    print(raising())
    print(caller_frame())
    print(recursion())
