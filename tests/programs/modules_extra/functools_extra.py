# functools: singledispatchmethod, partial details, reduce, total_ordering from __le__, wraps and __dict__
import functools
from functools import partial, reduce, singledispatchmethod, total_ordering, wraps

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"obj:{arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register(list)
    def _(self, arg):
        return "list:" + ",".join(map(str, arg))
f = Formatter()
print(f.fmt(3), f.fmt([1, 2]), f.fmt("s"), f.fmt(True))

def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello", punct="?")
print(hello("Ann"), hello("Bob", punct="."), hello.args, hello.keywords, partial(hello, "Cy")())
print(reduce(lambda a, b: a + [b], "abc", []), reduce(max, [5], 0), reduce(lambda a, b: a * b, range(1, 6)))

@total_ordering
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __le__(self, o):
        return self.v <= o.v
print(Money(1) < Money(2), Money(3) > Money(2), Money(2) >= Money(2), sorted([Money(3), Money(1)], key=lambda m: m)[0].v)

def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a) * 2
    return inner
@deco
def base(x):
    "doc"
    return x
base.tag = "t"
wrapped_again = deco(base)
print(base(2), base.__name__, base.__doc__, wrapped_again.tag, wrapped_again.__wrapped__ is base)

class Lazy:
    def __init__(self):
        self.count = 0
    @functools.cached_property
    def value(self):
        self.count += 1
        return 42
l1, l2 = Lazy(), Lazy()
print(l1.value, l1.value, l2.value, l1.count, l2.count)
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(1) == key(1), key(1).obj)
@functools.lru_cache(maxsize=2, typed=True)
def ident(x):
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info(), ident.cache_parameters())
