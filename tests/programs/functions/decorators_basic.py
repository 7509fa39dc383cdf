# Simple decorators and functools.wraps
import functools
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    "Say hello."
    return "hello " + name
print(hello("world"), hello.__name__, hello.__doc__)
def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result}")
        return result
    return wrapper
@traced
def add(a, b):
    "Add two numbers."
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
for _ in range(4):
    noop()
print(noop.calls)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def alpha(): return "a"
@register(REG)
def beta(): return "b"
print(sorted(REG), REG["beta"]())
def identity(fn):
    return fn
@identity
def same(): return "same"
print(same.__name__, same())
def replace_with_value(fn):
    return 42
@replace_with_value
def gone(): pass
print(gone)
class C:
    @shout
    def method(self):
        return "method result"
print(C().method())
