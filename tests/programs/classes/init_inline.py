# Instantiation of plain Python classes, whose __init__ the eval loop runs as an inline frame
# (Interpreter.InitCalls.cs): results, errors, tracebacks, recursion limits, __del__ timing and
# reference counts must be exactly what type.__call__ calling __init__ gives.
import sys
import traceback


class Point:
    def __init__(self, x, y=0, *, z=None):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.z})"


print(Point(1, 2), Point(3), Point(4, z=5), Point(x=6, y=7), Point(*[8, 9]), Point(**{"x": 10}))
print([Point(i, i + 1).y for i in range(3)])


# Errors from binding the arguments: raised at the call.
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"w": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)


# __init__ returning something other than None.
class BadInit:
    def __init__(self, v):
        return v


print(type(BadInit(None)).__name__)
for v in [1, "s", [], 0.5]:
    try:
        BadInit(v)
    except TypeError as e:
        print("TypeError:", e)


# An exception in __init__, caught by the caller and in __init__ itself.
class Fails:
    def __init__(self, n):
        self.n = n
        if n > 1:
            raise ValueError(f"bad {n}")
        try:
            raise KeyError(n)
        except KeyError as e:
            self.caught = repr(e)


f = Fails(1)
print(f.n, f.caught)
try:
    Fails(2)
except ValueError as e:
    print("caught", e, type(e.__traceback__.tb_next.tb_frame.f_locals["self"]).__name__)


def make_fails():
    return Fails(3)


try:
    make_fails()
except ValueError:
    tb = traceback.format_exc().splitlines()
    print([line.strip().split("/")[-1].replace('File "', '') for line in tb if line.strip().startswith(("File", "raise", "return"))][-4:])


# __del__: when __init__ fails the new object is released (after the traceback that holds it);
# when __init__ succeeds and the result is dropped, at once.
class Tracked:
    def __init__(self, name, fail=False):
        self.name = name
        if fail:
            raise RuntimeError(name)

    def __del__(self):
        print("del", getattr(self, "name", "?"))


Tracked("a")
print("after a")
t = Tracked("b")
del t
print("after b")
try:
    Tracked("c", fail=True)
except RuntimeError as e:
    print("caught", e)
print("after c")


def init_bad_args():
    try:
        Tracked()
    except TypeError as e:
        print("TypeError:", e)


init_bad_args()
print("after bad args")


# Nesting: __init__ that creates instances, calls methods and super().__init__.
class Base:
    def __init__(self, tag):
        self.tag = tag
        self.parts = [Point(tag, i) for i in range(2)]


class Derived(Base):
    def __init__(self, tag, extra):
        super().__init__(tag)
        self.extra = extra


d = Derived("t", Point(0))
print(d.tag, d.parts, d.extra)


# Inherited __init__, __init__ replaced on the class later, and a subclass of a builtin.
class Sub(Point):
    pass


print(Sub(1, 2))


def new_init(self, a):
    self.x = self.y = self.z = a


Sub.__init__ = new_init
print(Sub(7))
del Sub.__init__
print(Sub(8, 9))


class MyList(list):
    def __init__(self, *items):
        super().__init__(items)
        self.n = len(items)


ml = MyList(1, 2, 3)
print(ml, ml.n, type(ml).__name__)


class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, *a):
        print("init", a)


WithNew(1, 2)


class NotMine:
    def __new__(cls, v):
        return v

    def __init__(self, v):
        print("never")


print(NotMine(5))


class Meta(type):
    def __call__(cls, *a):
        print("meta call", cls.__name__, a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(3).v)


# __init__ that is a generator function, and __init__ in a generator.
class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)


def gen():
    for i in range(3):
        yield Point(i).x


print(list(gen()))


# Recursion: __init__ creating instances of its own class without end.
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


try:
    Deep(0)
except RecursionError as e:
    print("RecursionError", "maximum recursion depth exceeded" in str(e))


class Chain:
    def __init__(self, n):
        self.n = n
        self.next = Chain(n - 1) if n else None


c = Chain(200)
k = 0
while c is not None:
    k += 1
    c = c.next
print("chain", k)


# Reference counts: the instance is held only by the caller's variable.
p = Point(1)
print(sys.getrefcount(p))
args = (1, 2)
before = sys.getrefcount(args[0]), sys.getrefcount(Point)
for _ in range(100):
    Point(*args)
print(before == (sys.getrefcount(args[0]), sys.getrefcount(Point)))


# Many positional arguments (more than fit the inline argument buffer).
class Many:
    def __init__(self, a, b, c, d, e, f, g, h, i, j):
        self.s = a + b + c + d + e + f + g + h + i + j


print(Many(*range(10)).s)


# Instances created in a loop by a method, and a class whose __init__ takes self only.
class Empty:
    def __init__(self):
        pass


print(sum(1 for _ in range(1000) if type(Empty()) is Empty))
