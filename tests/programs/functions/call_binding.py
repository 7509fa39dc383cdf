# Calls bound by the inline call's fast path (keywords, defaults, closures) and by the general
# binding (f(*a, **k)): the same results and CPython's errors.
import sys

def f(a, b=2, c=None):
    return (a, b, c)

def g(a, /, b, c=3):
    return (a, b, c)

def outcome(thunk):
    try:
        return thunk()
    except TypeError as e:
        return "TypeError: " + str(e)

cases = [
    lambda: f(1), lambda: f(1, 7), lambda: f(1, 7, 8), lambda: f(1, 7, 8, 9), lambda: f(),
    lambda: f(a=1), lambda: f(1, a=1), lambda: f(c=1, a=2), lambda: f(d=1), lambda: f(b=3),
    lambda: f(1, c=4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, b=2),
    lambda: g(1, 2), lambda: g(a=1, b=2), lambda: g(1, b=2), lambda: g(1), lambda: g(1, 2, c=4),
    lambda: g(1, 2, 3, 4),
]
for i, case in enumerate(cases):
    print(i, outcome(case))
print(outcome(lambda: f(*(1,), **{"c": 5})), outcome(lambda: f(**{"".join(["a"]): 9})))

# defaults: mutable default shared between calls, default replaced at run time
def acc(x, into=[]):
    into.append(x)
    return into
acc(1); acc(2)
print(acc(3), acc(4, into=[]))
f.__defaults__ = (20, 30)
print(f(1), f(1, c=0), outcome(lambda: f()))
f.__defaults__ = (10, 20, 30)
print(f(), f(b=5))
f.__defaults__ = None
print(outcome(lambda: f(1)), f(1, 2, 3), f(c=3, b=2, a=1))

# closures over loop variables and nonlocal
def makers():
    out = []
    for i in range(3):
        def get(k=0):
            return i + k
        out.append(get)
    return out
print([m() for m in makers()], [m(k=10) for m in makers()])

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(step=5), c(10))

def outer(x):
    def mid(y, z=1):
        def inner(w=2):
            return x + y + z + w
        return inner
    return mid
print(outer(1)(2)(), outer(1)(y=2, z=3)(w=4))

# methods with keywords and defaults
class P:
    def __init__(self, x, y=0, *, tag=None):
        self.x, self.y, self.tag = x, y, tag
    def move(self, dx=0, dy=0):
        return P(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"P({self.x}, {self.y}, {self.tag})"
p = P(1)
print(p, P(1, 2), P(y=3, x=4), P(1, tag="t"), p.move(dy=5), p.move(1), p.move(dx=2, dy=3))
print(outcome(lambda: P()), outcome(lambda: p.move(unrelated_name=1)), outcome(lambda: p.move(1, dx=1)))

# recursion through keyword calls, and the recursion limit
def depth(n, acc=0):
    return acc if n == 0 else depth(n - 1, acc=acc + n)
print(depth(200))
def forever(n=0):
    return forever(n=n + 1)
try:
    forever()
except RecursionError as e:
    print("RecursionError", e)

# tracebacks: the line of the failing call inside a keyword-bound frame
import traceback
def fails(a, b=1):
    return a / b
def calls():
    return fails(b=0, a=1)
try:
    calls()
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(t.name, t.line) for t in tb])

# frames: f_locals and f_back of a frame bound by keywords, with a closure cell
def caller_name(a, b=None):
    return sorted(sys._getframe().f_locals.items()), sys._getframe().f_back.f_code.co_name
def run_it():
    y = 5
    def cl(q=1):
        return caller_name(b=y, a=q)
    return cl(q=2)
print(run_it())
