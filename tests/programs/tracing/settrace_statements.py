# Line events of break/continue/else, nested functions and lambdas, class bodies, decorators,
# nested try/finally, uncaught exceptions, multi-line statements and comprehensions (CPython 3.13).
import sys

out = []
def tracer(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]))
    elif event == 'return':
        arg = arg if isinstance(arg, (int, str, type(None), bool)) else type(arg).__name__
    out.append((frame.f_code.co_name, event, frame.f_lineno, arg))
    return tracer

def breaks(n=5):
    for i in range(n):
        if i == 1:
            continue
        if i == 3:
            break
        n += 1
    else:
        n = -1
    while n:
        n -= 1
        if n == 2:
            break
    return n

def nested():
    def inner(a,
              b):
        return a + b
    f = lambda x: x * 2
    return inner(1, 2) + f(3)

class K:
    x = 1
    def m(self):
        return self.x

def classes():
    class Local:
        y = 2
        z = y + 1
    return K().m() + Local.z

def deco(fn):
    return fn

def decorated():
    @deco
    def g():
        return 5
    return g()

def raising():
    try:
        try:
            1 / 0
        finally:
            out.append('finally')
    except ZeroDivisionError:
        pass
    try:
        {}['k']
    except KeyError as e:
        r = str(e)
    return r

def uncaught():
    return [][1]

def calls_uncaught():
    try:
        uncaught()
    except IndexError:
        return 'ok'

def multi_line():
    x = (1 +
         2 +
         3)
    y = [
        x,
        x,
    ]
    if (x and
            y):
        return len(y)

def comprehensions():
    a = [x for x in range(3) if x]
    b = {x: [y for y in range(x)] for x in range(2)}
    return a, b

def run(f):
    del out[:]
    sys.settrace(tracer)
    try:
        f()
    finally:
        sys.settrace(None)
    print(f.__name__)
    for e in out:
        print('   ', e)

for f in (breaks, nested, classes, decorated, raising, calls_uncaught, multi_line, comprehensions):
    run(f)
