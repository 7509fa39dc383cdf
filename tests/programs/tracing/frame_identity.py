# The same running frame is one Python object: sys._getframe(), f_back, tb_frame, a generator's
# gi_frame and the frame a trace function receives; f_locals of a function frame is a write-through
# proxy (PEP 667): a tracer's writes reach the running code.
import sys

def callee(caller):
    me = sys._getframe()
    print("getframe twice:", me is sys._getframe())
    print("f_back is caller:", me.f_back is caller)
    print("caller's f_back twice:", caller.f_back is caller.f_back)
    return me

def caller():
    here = sys._getframe()
    inner = callee(here)
    print("returned frame kept:", inner.f_back is here)
    return here

top = caller()
frames = [caller(), caller()]
print("distinct calls distinct frames:", frames[0] is not frames[1])
print("list index by identity:", [f is frames[1] for f in frames])

def boom():
    raise ValueError("x")

def catcher():
    me = sys._getframe()
    try:
        boom()
    except ValueError as e:
        tb = e.__traceback__
        print("tb_frame is running frame:", tb.tb_frame is me)
        print("tb_next frame f_back:", tb.tb_next.tb_frame.f_back is me)
        print("tb_frame stable:", tb.tb_frame is tb.tb_frame)

catcher()

def gen():
    yield sys._getframe()
    yield sys._getframe()

g = gen()
a = next(g)
print("gi_frame is the generator's frame:", g.gi_frame is a, g.gi_frame is g.gi_frame)
b = next(g)
print("same frame at each resume:", a is b)

# The frame a trace function receives is sys._getframe() of the running code
seen = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'traced':
        seen.append((event, frame))
    return tracer

def traced():
    me = sys._getframe()
    x = 1
    return me

sys.settrace(tracer)
me = traced()
sys.settrace(None)
print("events:", [e for e, _ in seen])
print("all the traced frame:", all(f is me for _, f in seen))

# f_locals writes from a tracer are seen by the running code
def setter(frame, event, arg):
    if frame.f_code.co_name == 'victim' and event == 'line' and frame.f_lineno == victim.__code__.co_firstlineno + 3:
        frame.f_locals['x'] = 42
        frame.f_locals['extra'] = 'kept'
    return setter

def victim():
    x = 1
    y = 2
    return x, y, sys._getframe().f_locals.get('extra')

sys.settrace(setter)
print("victim:", victim())
sys.settrace(None)

# The proxy: a mapping view of the frame's variables
def proxied(a, b=2):
    c = a + b
    fl = sys._getframe().f_locals
    print(type(fl).__name__, isinstance(fl, dict))
    print(sorted(fl.keys()), fl['a'], fl.get('zz', 'none'), 'c' in fl, len(fl))
    fl['c'] = 100
    print("c after write:", c)
    fl['new'] = 5
    print("new key:", fl['new'], 'new' in fl)
    print("copy is a dict:", type(fl.copy()).__name__, sorted(fl.copy()))
    try:
        del fl['a']
    except TypeError as e:
        print("TypeError:", e)
    try:
        fl['nope']
    except KeyError as e:
        print("KeyError:", e)
    print("same proxy data:", sys._getframe().f_locals == fl)
    print("locals() is a snapshot dict:", type(locals()).__name__)

proxied(1)

def with_cell():
    v = 1
    def inner():
        return v
    sys._getframe().f_locals['v'] = 7
    return inner()

print("cell write:", with_cell())

# Module frames: f_locals is the globals dict itself
print("module f_locals is globals:", sys._getframe().f_locals is globals())
