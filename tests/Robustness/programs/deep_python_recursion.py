# Python recursion at sys.setrecursionlimit(100000): RecursionError in the main thread and in a
# thread, then the VM keeps working (the limit and the depth come back).
import sys, threading
sys.setrecursionlimit(100000)
def rec(n): return rec(n + 1)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
def run(where):
    try:
        rec(0)
    except RecursionError as e:
        print(where, "RecursionError", e)
    print(where, "deep enough", depth(0) > 90000)
run("main")
t = threading.Thread(target=run, args=("thread",))
t.start(); t.join()
class C:
    def __repr__(self): return repr(self)
try:
    repr(C())
except RecursionError as e:
    print("__repr__ loop RecursionError")
sys.setrecursionlimit(1000)
# (a 100,000-deep yield-from chain at a 100,000 limit: deep_yield_from.py)
def gen(n):
    yield from gen(n + 1)
try:
    next(gen(0))
except RecursionError as e:
    print("yield from RecursionError")
print("alive", sys.getrecursionlimit(), sum(range(100)))
