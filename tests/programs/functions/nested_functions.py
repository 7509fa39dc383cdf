# Functions defined conditionally, in loops, and redefined
import sys
if sys.version_info >= (3, 0):
    def which():
        return "py3 branch"
else:
    def which():
        return "py2 branch"
print(which())
handlers = {}
for name in ("start", "stop", "pause"):
    def handler(n=name):
        return f"handling {n}"
    handlers[name] = handler
print([h() for h in handlers.values()])
print(handlers["start"] is handlers["stop"], handlers["start"].__name__)
def f():
    return 1
first = f
def f():
    return 2
print(first(), f())
def builder(depth):
    if depth == 0:
        return lambda: "leaf"
    inner = builder(depth - 1)
    def node():
        return "node(" + inner() + ")"
    return node
print(builder(3)())
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(10)(100))
print(outer(1)(10).__qualname__)
def uses_later():
    return helper_defined_later()
def helper_defined_later():
    return "resolved at call time"
print(uses_later())
def try_def():
    try:
        def inside():
            return "def inside try"
    finally:
        pass
    return inside()
print(try_def())
def recursive_inner(n):
    def go(k):
        return 0 if k == 0 else k + go(k - 1)
    return go(n)
print(recursive_inner(10))
class Holder:
    def make(self):
        def inner():
            return self.__class__.__name__
        return inner
print(Holder().make()(), Holder().make().__qualname__)
