# Line, call, return and exception events of sys.settrace for loops, try/except/finally, with,
# comprehensions and recursion, as CPython 3.13 reports them.
import sys

events = []

def show(v):
    return repr(v) if isinstance(v, (int, str, tuple, list, dict, type(None))) else type(v).__name__

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'return':
        events.append((name, event, frame.f_lineno, show(arg)))
    elif event == 'exception':
        events.append((name, event, frame.f_lineno, arg[0].__name__, str(arg[1])))
    else:
        events.append((name, event, frame.f_lineno))
    return tracer

def loop(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    return total

def tryexcept(x):
    try:
        if x:
            raise ValueError("bad")
        y = 1
    except ValueError as e:
        y = 2
    finally:
        y += 10
    return y

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def withblock():
    with Ctx() as c:
        z = 1
    return z

def comp(n):
    a = [i * 2 for i in range(n)]
    b = {i: i for i in range(n)}
    g = sum(i for i in range(n))
    return a, b, g

def rec(n):
    if n <= 1:
        return 1
    return n * rec(n - 1)

def fails():
    raise KeyError("k")

def catches():
    try:
        fails()
    except KeyError:
        return "caught"

def run(f, *args):
    del events[:]
    sys.settrace(tracer)
    try:
        f(*args)
    finally:
        sys.settrace(None)
    print(f.__name__)
    for e in events:
        print("   ", e)

run(loop, 3)
run(tryexcept, 0)
run(tryexcept, 1)
run(withblock)
run(comp, 2)
run(rec, 3)
run(catches)
print(sys.gettrace())
