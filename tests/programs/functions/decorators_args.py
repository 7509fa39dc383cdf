# Decorators with arguments and class-based decorators
import functools
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return "ping " + str(x)
print(ping(1))
def prefix(p=">"):
    def deco(fn):
        def wrapper(*a):
            return p + fn(*a)
        return wrapper
    return deco
@prefix()
def a(): return "a"
@prefix("##")
def b(): return "b"
print(a(), b())
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)
@CountCalls
def square(n):
    "Square n."
    return n * n
print(square(3), square(4), square.count, square.__name__, square.__doc__)
def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return deco
@validate(x=int, y=str)
def combine(x, y):
    return y * x
print(combine(x=2, y="ab"))
try:
    combine(x="2", y="ab")
except TypeError as e:
    print(type(e).__name__ + ":", e)
def optional_args(fn=None, *, tag="default"):
    if fn is None:
        return lambda f: optional_args(f, tag=tag)
    @functools.wraps(fn)
    def wrapper():
        return f"[{tag}] {fn()}"
    return wrapper
@optional_args
def one(): return "one"
@optional_args(tag="custom")
def two(): return "two"
print(one(), two())
