# functools.wraps and lru_cache / cache with cache_info
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@logged
def documented(a, b=1):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(2))
def bare(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@bare
def undecorated_name():
    "doc lost"
print(undecorated_name.__name__, undecorated_name.__doc__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    sq(n)
print(sq.cache_info())
@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize, fact.cache_info().hits)
calls = []
@functools.lru_cache
def typed_default(x):
    calls.append(x)
    return x
typed_default(1); typed_default(1.0); typed_default(True)
print(calls, typed_default.cache_info().hits)
@functools.lru_cache(typed=True)
def typed(x):
    calls.append(("typed", x))
    return x
calls.clear()
typed(1); typed(1.0); typed(1)
print(calls)
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sq.__wrapped__(9), sq.cache_parameters())
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
