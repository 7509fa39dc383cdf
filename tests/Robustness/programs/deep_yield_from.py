# A 100,000-deep `yield from` chain (sys.setrecursionlimit(100000)): the RecursionError at the
# bottom unwinds through every generator frame, each adding a traceback entry; an exception
# raised at the bottom of a 20,000-deep chain is caught at the top; a value returned at the
# bottom comes back up; throw() and close() go down the whole chain. Every unwinding must take
# time linear in the depth (it was quadratic in the VM: ~155 s for the first one).
import sys
sys.setrecursionlimit(100000)

def gen(n):
    yield from gen(n + 1)

try:
    next(gen(0))
except RecursionError as e:
    print("yield from:", type(e).__name__, e)
    tb, k = e.__traceback__, 0
    while tb is not None:
        k += 1
        tb = tb.tb_next
    print("traceback entries > 90000:", k > 90000)
    del e, tb

def raising(n):
    if n == 20000:
        raise ValueError("bottom")
    yield from raising(n + 1)

try:
    next(raising(0))
except ValueError as e:
    print("caught at the top:", e)

def returning(n):
    if n == 20000:
        yield n
        return n
    r = yield from returning(n + 1)
    return r + 1

g = returning(0)
print("yielded from the bottom:", next(g))
try:
    next(g)
except StopIteration as s:
    print("returned to the top:", s.value)

def catching(n):
    if n == 20000:
        try:
            yield "bottom"
        except KeyError as e:
            yield "caught " + str(e)
        return
    yield from catching(n + 1)

g = catching(0)
print(next(g))
print(g.throw(KeyError("thrown")))
g.close()
print("closed:", g.gi_frame is None)

def closing(n, log):
    if n == 20000:
        try:
            yield
        finally:
            log.append(n)
        return
    yield from closing(n + 1, log)

log = []
g = closing(0, log)
next(g)
g.close()
print("close reached the bottom:", log)

sys.setrecursionlimit(1000)
print("alive", sys.getrecursionlimit(), sum(range(100)))
