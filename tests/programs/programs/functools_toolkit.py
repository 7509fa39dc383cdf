import functools
import operator
from functools import lru_cache, partial, reduce, wraps, cached_property, singledispatch, total_ordering


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    return x * x


for v in (1, 2, 1, 3, 2, 1):
    sq(v)
print(sq.cache_info(), sq.__wrapped__(9), sq.__name__)
pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, repr(partial(int, base=2)), partial(int, base=2)('101'))
print(reduce(operator.mul, range(1, 10)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return ('wrapped', f(*a, **k))
    return inner


@deco
def hello(name):
    """Say hi."""
    return 'hi ' + name


print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__('y'))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print('computing')
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, 'area' in vars(c))


@singledispatch
def show(x):
    return 'obj'


@show.register
def _(x: int):
    return 'int'


@show.register(list)
def _(x):
    return 'list of %d' % len(x)


print(show(1), show([1, 2]), show('s'), show(True))


@total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __lt__(self, o):
        return self.n < o.n


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1)], key=lambda v: v.n)[0].n)
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('r')(c), operator.methodcaller('upper')('q'))
