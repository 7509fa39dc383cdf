# State seen from inside and outside a generator iterated by `for`: gi_running, gi_frame and
# f_back, gi_suspended, sys.exc_info() in both frames, a generator resuming itself, try/finally
# with break, `return value`, and the recursion limit.
import sys


def watch():
    me = yield_self[0]
    for i in range(2):
        f = sys._getframe()
        print("inside", i, me.gi_running, me.gi_suspended, f.f_back.f_code.co_name, f.f_code is me.gi_frame.f_code)
        yield i
    print("last resume", me.gi_running)


def driver():
    g = watch()
    yield_self.append(g)
    for x in g:
        print("outside", x, g.gi_running, g.gi_suspended, g.gi_frame.f_lineno > 0)
    print("after", g.gi_frame, g.gi_running, g.gi_suspended)


yield_self = []
driver()
yield_self.clear()


# A generator resuming itself.
def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("inner", e)
    yield 2
    for x in me:
        print("never", x)


me = selfish()
try:
    for x in me:
        print("selfish", x)
except ValueError as e:
    print("outer", e, me.gi_frame is None)


# sys.exc_info() inside and outside, with handlers in both frames.
def exc_state():
    print(" gen start", sys.exc_info()[0])
    try:
        raise KeyError("g")
    except KeyError:
        print(" gen in handler", sys.exc_info()[0])
        yield 1
        print(" gen back in handler", sys.exc_info()[0])
        yield 2
    print(" gen after handler", sys.exc_info()[0])
    yield 3


for x in exc_state():
    print("loop", x, sys.exc_info()[0])
try:
    raise IndexError("caller")
except IndexError:
    for x in exc_state():
        print("loop in handler", x, sys.exc_info()[0])
        try:
            raise TypeError("body")
        except TypeError:
            pass
        print("  after body handler", sys.exc_info()[0])
    print("caller handler end", sys.exc_info()[0])
print("outside", sys.exc_info()[0])


# A new exception in the generator while the caller handles one: its __context__.
def context_gen():
    yield 1
    raise ValueError("in gen")


try:
    try:
        raise KeyError("handled by caller")
    except KeyError:
        for x in context_gen():
            pass
except ValueError as e:
    print("context", repr(e.__context__))


# try/finally in the generator; break, return and an exception in the caller's loop.
def with_finally(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", tag)


for x in with_finally("break"):
    if x == 1:
        break
print("after break")


def returns_from_loop():
    for x in with_finally("return"):
        if x == 2:
            return x
    return None


print("returned", returns_from_loop())
try:
    for x in with_finally("raise"):
        if x == 0:
            raise RuntimeError("body")
except RuntimeError as e:
    print("caught", e)
keep = with_finally("kept")
for x in keep:
    if x == 3:
        break
print("kept suspended", keep.gi_suspended)
for x in keep:
    print("resumed", x)
print("kept done", keep.gi_suspended, keep.gi_frame)


# `return value` ends the for loop; the value is StopIteration's for next().
def returns_value():
    yield "a"
    return "the value"


for x in returns_value():
    print("item", x)
else:
    print("loop else")
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)


# The generator's frame counts in the recursion depth, as a call does.
def chain(n):
    if n == 0:
        yield 0
        return
    for x in chain(n - 1):
        yield x + 1


print("chain", list(chain(50)), [x for x in chain(30)][-1])


def endless(n):
    for x in endless(n + 1):
        yield x
    yield n


try:
    for x in endless(0):
        pass
except RecursionError as e:
    print("recursion", type(e).__name__)
sys.setrecursionlimit(60)
try:
    for x in endless(0):
        pass
except RecursionError:
    print("limit 60 reached")
sys.setrecursionlimit(1000)
# close() and throw() of a generator suspended by an inline resume
g = with_finally("close")
for x in g:
    break
g2 = with_finally("throw")
for x in g2:
    if x == 1:
        break
try:
    g2.throw(ValueError("thrown"))
except ValueError as e:
    print("throw", e, g2.gi_frame)
g.close()
print("closed", g.gi_frame)
