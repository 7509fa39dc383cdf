# The eval loop's direct call of a plain function with exactly its positional parameters
# (Interpreter.InlineCalls.cs, PushSimpleFrame; the return through ReturnFromInline) against the
# general paths: keywords, *args, a bound method object, a call from native code (map), and
# CALL_EX. Each way must give the same results, errors, reference counts and release order;
# CALL_EX drops a floating `*[...]` list or `**{...}` dict after the call (it kept its items counted).
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def pair(a, b):
    return (a, b)


def refcount_of(x):
    return sys.getrefcount(x)


def ways(fn, a, b, names):
    """fn(a, b) called every way; each result printed on its own line."""
    out = []
    out.append(("direct", fn(a, b)))
    out.append(("keyword", fn(a, **{names[1]: b})))
    out.append(("star", fn(*(a, b))))
    out.append(("map", list(map(fn, [a], [b]))[0]))
    for how, r in out:
        print(" ", how, r)


print("results")
ways(pair, 1, "x", ("a", "b"))
ways(pair, None, [1, 2], ("a", "b"))


class C:
    def __init__(self, v):
        self.v = v

    def m(self, k):
        return self.v * k


c = C(3)
bound = c.m
print("methods", c.m(2), C.m(c, 2), bound(2), c.m(k=2), getattr(c, "m")(2))


print("reference counts seen by the callee")
obj = object()
base = sys.getrefcount(obj)
seen = [
    refcount_of(obj) - base,
    refcount_of(x=obj) - base,
]
print(" ", len(set(seen)) == 1 or seen)
list(map(refcount_of, [obj]))
refcount_of(*[obj])
refcount_of(**{"x": obj})
print("  after", sys.getrefcount(obj) - base)


print("release order")


def make_local():
    t = Tracked("local")
    print("  in make_local")
    return 1


def return_local():
    t = Tracked("returned")
    return t


def take(t):
    print("  in take", t.name)
    return 2


print(" ", make_local())
r = return_local()
print("  got", r.name)
del r
print("  after del")
print(" ", take(Tracked("argument")))
print("  after take")
print(" ", take(t=Tracked("kw argument")))
print("  after kw take")


def rebind(x):
    x = [x]
    return x


def rebind_drop(x):
    x = Tracked("rebound")
    return 5


print(" ", rebind(7), rebind(x=7))
print(" ", rebind_drop(Tracked("first")))
print("  after rebind_drop")


print("code swapped")


def one(a):
    return ("one", a)


def two(a, b):
    return ("two", a, b)


f = one
original = one.__code__
print(" ", f(1))
f.__code__ = two.__code__
print(" ", f(1, 2))
try:
    f(1)
except TypeError as e:
    print("  TypeError", e)
f.__code__ = original
print(" ", f(1))


print("frames of one depth reused for other functions")


def many_locals(a):
    x = a + 1
    y = x + 1
    z = y + 1
    return z


def reads_before_store(a):
    try:
        print(q)
    except UnboundLocalError as e:
        print("  UnboundLocalError", e)
    q = a
    return q


def caller(n):
    return many_locals(n) + reads_before_store(n)


print(" ", caller(1), caller(10))


print("kept frames")


def keep_frame(a):
    return sys._getframe()


kept = [keep_frame(i) for i in range(3)]
print(" ", [fr.f_code.co_name for fr in kept])
print(" ", [many_locals(i) for i in range(3)])
print(" ", [fr.f_code.co_name for fr in kept], len(set(map(id, kept))))


print("recursion")


def depth(n):
    return depth(n + 1) if n < 10000 else n


def depth_kw(n):
    return depth_kw(n=n + 1) if n < 10000 else n


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
reached = []
for fn in (depth, depth_kw):
    try:
        fn(0)
    except RecursionError as e:
        reached.append(str(e))
sys.setrecursionlimit(old)
print(" ", reached[0] == reached[1], reached[0])


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


print(" ", fib(20))


print("errors through direct calls")


def inner(a):
    return 1 // a


def outer(a):
    return inner(a) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(" ", type(e).__name__, names)
print(" ", outer(1))
