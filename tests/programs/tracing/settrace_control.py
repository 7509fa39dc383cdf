# Trace functions that remove themselves, raise, or change f_trace; settrace inside a trace;
# gettrace; trace functions are not traced themselves; profile functions see c_call events.
import sys

log = []

def helper_in_trace():
    return 1

def tracer(frame, event, arg):
    helper_in_trace()  # calls made by the trace function are not traced
    log.append((frame.f_code.co_name, event))
    return tracer

def f():
    a = 1
    b = 2
    return a + b

sys.settrace(tracer)
print(sys.gettrace() is tracer)
f()
sys.settrace(None)
print(sys.gettrace())
print(log)

# settrace(None) from inside the trace function: no events after it
log2 = []
def stopper(frame, event, arg):
    log2.append((frame.f_code.co_name, event, frame.f_lineno))
    if event == 'line' and frame.f_lineno == f.__code__.co_firstlineno + 2:
        sys.settrace(None)
    return stopper

def g():
    f()
    f()

sys.settrace(stopper)
g()
print(sys.gettrace())
print(log2)

# An exception in the trace function removes it and propagates
def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError("trace failed")
    return bad

try:
    sys.settrace(bad)
    f()
except RuntimeError as e:
    print("caught", e)
finally:
    print("after", sys.gettrace())
    sys.settrace(None)

# f_trace and f_trace_lines seen by the trace function
seen = []
def flags(frame, event, arg):
    if event == 'call':
        seen.append((frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes))
        frame.f_trace_lines = False
        return flags
    seen.append(event)
    return flags

sys.settrace(flags)
f()
sys.settrace(None)
print(seen)

# Returning None from a local trace function's 'line' event keeps it
count = []
def first(frame, event, arg):
    if event == 'call':
        return second
    return None
def second(frame, event, arg):
    count.append(event)
    return None
sys.settrace(first)
f()
sys.settrace(None)
print(count)

# Profile: call/return of Python functions and c_call/c_return of builtins
prof = []
def profiler(frame, event, arg):
    if event.startswith('c_'):
        prof.append((event, arg.__name__))
    else:
        prof.append((event, frame.f_code.co_name))

def work():
    x = len([1, 2, 3])
    y = abs(-x)
    l = []
    l.append(y)
    try:
        int("x")
    except ValueError:
        pass
    return sorted(l)

sys.setprofile(profiler)
work()
sys.setprofile(None)
for p in prof:
    print(p)
print(sys.getprofile())
