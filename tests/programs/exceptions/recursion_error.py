# RecursionError at the default limit is catchable and the interpreter recovers
import sys
print(sys.getrecursionlimit())
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError), str(e).startswith("maximum recursion depth exceeded"))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("reached depth > 500:", depth > 500, "below limit:", depth <= sys.getrecursionlimit())
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
class Attr:
    def __getattr__(self, name):
        return self.other
try:
    Attr().x
except RecursionError as e:
    print("getattr recursion:", type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
nested = []
for _ in range(100):
    nested = [nested]
print(len(str(nested)))
print(ok(100), "still works after recursion errors")
try:
    raise RecursionError("manual")
except RuntimeError as e:
    print(type(e).__name__, e)
