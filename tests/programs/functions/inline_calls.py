# Python-to-Python calls the eval loop runs without leaving it (Interpreter.InlineCalls.cs):
# results, errors, tracebacks, recursion limits, frames and reference counts must be exactly what
# a nested call gives.
import sys
import traceback


def add(a, b):
    return a + b


def defaults(a, b=10, *rest, c=20, **kw):
    return (a, b, rest, c, sorted(kw.items()))


def closure_maker(x):
    def inner(y):
        return x + y
    return inner


class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def plus(self, k, scale=1):
        return self.v + k * scale

    @staticmethod
    def st(a):
        return a * 2

    @classmethod
    def cm(cls, a):
        return (cls.__name__, a)


c = C(5)
bound = c.plus
print(add(1, 2), add("a", "b"), defaults(1), defaults(1, 2, 3, 4, c=5, z=6))
print(closure_maker(3)(4), c.get(), c.plus(2), c.plus(2, scale=3), bound(1), bound(1, 2))
print(C.st(4), c.st(5), C.cm(1), c.cm(2), C.plus(c, 7))


# Errors from binding, raised in the caller at its call.
def two(a, b):
    return a, b


for args in [(1,), (1, 2, 3)]:
    try:
        two(*args) if len(args) > 2 else two(args[0])
    except TypeError as e:
        print("TypeError:", e)
try:
    c.plus()
except TypeError as e:
    print("TypeError:", e)


# Tracebacks through several inline frames, with a native error at the top.
def level3(d):
    return d["missing"]


def level2(d):
    return level3(d) + 1


def level1():
    return level2({})


try:
    level1()
except KeyError as e:
    print("KeyError", e, [(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])


# A Python-level raise caught two frames up; __context__ from the caller's handler.
def raiser(n):
    if n == 0:
        raise ValueError("bottom")
    return raiser(n - 1)


def catcher():
    try:
        raiser(3)
    except ValueError as e:
        return len(traceback.extract_tb(e.__traceback__)), str(e)


print(catcher())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raiser(2)
except ValueError as e:
    print("context:", type(e.__context__).__name__, "tb:", len(traceback.extract_tb(e.__traceback__)))


# finally blocks and handlers in intermediate frames run as the exception passes.
log = []


def with_finally(n):
    try:
        return raiser(n)
    finally:
        log.append(n)


def rethrow():
    try:
        with_finally(1)
    except ValueError:
        log.append("caught")
        raise


try:
    rethrow()
except ValueError as e:
    print(log, [fs.name for fs in traceback.extract_tb(e.__traceback__)])


# Recursion limits: RecursionError, caught at any depth, and the depth is right afterwards.
def down(n):
    return down(n + 1)


def measure(n):
    try:
        return measure(n + 1)
    except RecursionError:
        return n


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
d1 = measure(0)
d2 = measure(0)
print("same depth twice:", d1 == d2, d1 > 900)
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
print("small limit:", measure(0) < 60)
sys.setrecursionlimit(20000)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print("deep:", deep(15000))
sys.setrecursionlimit(old)


# Frames: f_back, f_code, f_lineno from inside inline calls.
def who():
    f = sys._getframe()
    return [f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name]


def middle():
    return who()


def outer():
    return middle()


print(outer())


def keep_frame():
    return sys._getframe()


kept = [keep_frame() for _ in range(3)]
print([k.f_code.co_name for k in kept], kept[0] is not kept[1])


# Generators created and driven from inline frames.
def gen(n):
    for i in range(n):
        yield add(i, i)


def use_gen():
    return list(gen(4)), sum(x for x in gen(3))


print(use_gen())


# A long loop inside a called function (the eval loop re-enters itself every few thousand jumps).
def loop(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t


print(loop(50000))


# Reference counts: a local's object dies when its frame returns; an argument survives the call.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_and_drop():
    n = Noisy("local")
    return 1


def pass_through(x):
    return x


print(make_and_drop())
kept_obj = pass_through(Noisy("arg"))
print("still alive:", kept_obj.name)
del kept_obj
print(pass_through(Noisy("temp")).name)


# Property getters run inline too: their result replaces the object on the stack.
class P:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

    @property
    def bad(self):
        return self._nope

    @property
    def me(self):
        return self


class NoisyProp:
    def __del__(self):
        print("del noisy prop")

    @property
    def val(self):
        return 42


p = P()
print(p.x, p.me is p, P().me.x)
try:
    p.bad
except AttributeError as e:
    print("AttributeError", e, [fs.name for fs in traceback.extract_tb(e.__traceback__)])
print(NoisyProp().val)


# Property setters run inline: their result is discarded and the object dropped after them.
class S:
    def __init__(self, tag=""):
        self._v = 0
        self.tag = tag

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        self._v = value
        return "ignored"

    def __del__(self):
        if self.tag:
            print("del", self.tag)


s = S()
s.v = 3
s.v += 4
print(s.v)
try:
    s.v = -1
except ValueError as e:
    print("ValueError", e, [fs.name for fs in traceback.extract_tb(e.__traceback__)], s.v)
S("floating").v = 9
print("after floating")
print("end")
