# Generator states via gi_running, gi_suspended, gi_frame (created/running/suspended/closed)
def state(g):
    if g.gi_running:
        return "RUNNING"
    if g.gi_frame is None:
        return "CLOSED"
    if g.gi_suspended:
        return "SUSPENDED"
    return "CREATED"
def gen():
    print("  inside:", state(g), g.gi_running)
    yield 1
    yield 2
g = gen()
print(state(g), g.gi_running, g.gi_suspended, g.gi_frame is not None)
print(next(g))
print(state(g), g.gi_suspended, g.gi_frame.f_lineno > 0)
print(next(g))
print(state(g))
print(next(g, "end"))
print(state(g), g.gi_frame, g.gi_suspended)
g2 = gen()
g2.close()
print("closed before start:", state(g2))
def locals_gen(a):
    b = a * 2
    yield
    c = b + 1
    yield
lg = locals_gen(5)
print(lg.gi_frame.f_locals)
next(lg)
print(lg.gi_frame.f_locals)
next(lg)
print(lg.gi_frame.f_locals)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(state(me))
def sub():
    yield 1
def outer():
    yield from sub()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
print(g.gi_code.co_name, gen.__code__ is g.gi_code)
print(gen.__code__.co_flags & 0x20 != 0, (lambda: 0).__code__.co_flags & 0x20 != 0)
def raises():
    yield 1
    raise KeyError("k")
r = raises()
next(r)
try:
    next(r)
except KeyError:
    print("after exception:", state(r))
