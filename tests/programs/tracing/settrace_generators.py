# sys.settrace and generators: 'call' at each resume, 'return' at each yield (CPython 3.13),
# yield from, a generator drained by a builtin, and f_trace set on one frame only.
import sys

out = []

def show(v):
    if isinstance(v, tuple) and len(v) == 3 and isinstance(v[0], type):
        return (v[0].__name__, repr(v[1]), type(v[2]).__name__)
    return repr(v) if isinstance(v, (int, str, tuple, type(None))) else type(v).__name__

def tracer(frame, event, arg):
    out.append((frame.f_code.co_name, event, frame.f_lineno, show(arg)))
    return tracer

def gen(n):
    for i in range(n):
        yield i
    return 'done'

def outer():
    r = yield from gen(2)
    yield r

def consume():
    total = 0
    for v in gen(3):
        total += v
    return total

def drained():
    return list(gen(2)), sum(gen(3))

def via_next():
    g = gen(1)
    a = next(g)
    try:
        next(g)
    except StopIteration as e:
        return a, e.value

def with_outer():
    return list(outer())

def run(f):
    del out[:]
    sys.settrace(tracer)
    try:
        r = f()
    finally:
        sys.settrace(None)
    print(f.__name__, r)
    for e in out:
        print("   ", e)

run(consume)
run(drained)
run(via_next)
run(with_outer)

# Only one function traced line by line: the global trace function returns a local one for it.
lines = []
def local(frame, event, arg):
    lines.append((frame.f_code.co_name, event, frame.f_lineno))
    return local

def selective(frame, event, arg):
    if frame.f_code.co_name == 'target':
        return local
    return None

def helper():
    x = 1
    return x

def target():
    a = helper()
    b = a + 1
    return b

def driver():
    return target() + helper()

sys.settrace(selective)
driver()
sys.settrace(None)
for e in lines:
    print(e)
