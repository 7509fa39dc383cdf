# RecursionError at the default recursion limit, recovery, and nested handling
import sys
limit = sys.getrecursionlimit()
print(limit)
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, "|", str(e).split(" while")[0])
reached = [0]
def probe(n):
    reached[0] = n
    probe(n + 1)
try:
    probe(1)
except RecursionError:
    print("probe reached a large depth:", reached[0] > limit // 2, "and stayed below the limit:", reached[0] <= limit)
def safe_depth(n):
    try:
        return safe_depth(n + 1)
    except RecursionError:
        return n
d = safe_depth(0)
print("caught inside recursion:", d > limit // 2)
print(issubclass(RecursionError, RuntimeError), RecursionError.__mro__[1].__name__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
sys.setrecursionlimit(50)
try:
    fact(100)
except RecursionError:
    print("limit 50 too small for fact(100)")
sys.setrecursionlimit(limit)
print(fact(100) % 1000003)
class Recursive:
    def __getattr__(self, name):
        return getattr(self, "x_" + name)
try:
    Recursive().attr
except RecursionError:
    print("__getattr__ recursion caught")
def fib_memo(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print(fib_memo(400) % 10 ** 9)
