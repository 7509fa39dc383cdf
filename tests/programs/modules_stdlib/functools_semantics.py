# functools: the observable details a rewrite must keep (reprs, error texts, NotImplemented rules,
# dispatch on MRO and ABCs, descriptor binding of caches and partialmethods)
import functools
import re
import collections.abc as cabc
from functools import (partial, partialmethod, total_ordering, lru_cache, cache, wraps,
                       update_wrapper, singledispatch, singledispatchmethod, cached_property)

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(sorted(functools.__all__))

# -- update_wrapper / wraps
def original(a, b=2):
    "original doc"
    return a + b
original.marker = 1
original.__annotations__ = {'a': int}
class Holder:
    pass
h = Holder()
h.__dict__['extra'] = 5
r = update_wrapper(h, original)
print(r is h, h.__name__, h.__qualname__, h.__doc__, h.__module__, h.__annotations__, h.marker, h.extra, h.__wrapped__ is original)
def only_name(): pass
update_wrapper(only_name, original, assigned=('__name__',), updated=())
print(only_name.__name__, only_name.__doc__, hasattr(only_name, 'marker'), only_name.__wrapped__ is original)
class NoAttrs:
    __slots__ = ()
def target(): pass
update_wrapper(target, NoAttrs())
print(target.__name__, target.__wrapped__.__class__.__name__)
w = wraps(original)
print(type(w).__name__, w.func is update_wrapper, w.keywords['wrapped'] is original)
@wraps(original)
def outer(*a):
    return original(*a) * 10
@wraps(outer)
def outer2(*a):
    return outer(*a) + 1
print(outer(1), outer2(1), outer2.__wrapped__ is outer, outer2.__wrapped__.__wrapped__ is original, outer2.__name__)

# -- partialmethod
class Cell:
    def set(self, state, note=''):
        self.state = (state, note)
        return self
    on = partialmethod(set, True, note='x')
    off = partialmethod(set, False)
    @classmethod
    def make(cls, n):
        return (cls.__name__, n)
    make3 = partialmethod(make, 3)
    @staticmethod
    def plain(a, b):
        return a - b
    minus1 = partialmethod(plain, 10)
    nested = partialmethod(partialmethod(set, 'n'), note='deep')
print(Cell().on().state, Cell().off(note='y').state, Cell().make3(), Cell.make3(), Cell().minus1(4), Cell().nested().state)
pm = Cell.__dict__['on']
print(re.sub(' at 0x[0-9a-f]+', ' at ID', repr(pm)))
print(pm.args, pm.keywords, pm.func is Cell.set)
print(repr(Cell.__dict__['nested']).split(' at ')[0], Cell.__dict__['nested'].args, Cell.__dict__['nested'].keywords)
try:
    partialmethod(5)
except TypeError as e:
    print('TypeError:', e)
print(callable(Cell.on), Cell.on(Cell()).state)

# -- total_ordering
@total_ordering
class Lt:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, Lt) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, Lt):
            return NotImplemented
        return self.v < o.v
print(Lt(1) <= Lt(1), Lt(2) > Lt(1), Lt(1) >= Lt(2), Lt.__gt__.__name__)
print(Lt(1).__gt__(5), Lt(1).__le__('x'))
try:
    Lt(1) > 5
except TypeError as e:
    print('TypeError:', e)
@total_ordering
class Ge:
    def __init__(self, v): self.v = v
    def __ge__(self, o): return self.v >= o.v
print(Ge(1) < Ge(2), Ge(2) <= Ge(2), Ge(3) > Ge(3), sorted(k for k in ('__lt__', '__le__', '__gt__', '__ge__') if k in Ge.__dict__))
class BaseLe:
    def __le__(self, o): return self.v <= o.v
@total_ordering
class Child(BaseLe):
    def __init__(self, v): self.v = v
print(Child(1) < Child(2), Child(2) >= Child(1), '__lt__' in Child.__dict__)
@total_ordering
class Both:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return 'own-gt'
print(Both(1) > Both(0), Both(1) <= Both(1))
for bad in (type('Plain', (), {}), type('OnlyEq', (), {'__eq__': lambda s, o: True})):
    try:
        total_ordering(bad)
    except ValueError as e:
        print('ValueError:', e)

# -- lru_cache / cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls)
print(sq.cache_info(), sq.cache_info().hits, type(sq.cache_info()).__name__, sq.cache_info()._fields)
print(sq.cache_parameters(), sq.__wrapped__(5), sq.__name__)
sq.cache_clear()
print(sq.cache_info())
@lru_cache
def bare(x): return -x
print(bare(1), bare(1), bare.cache_info(), bare.cache_parameters())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.cache_info(), fib.cache_parameters())
@lru_cache(maxsize=0)
def nocache(x): return x
nocache(1); nocache(1)
print(nocache.cache_info())
@lru_cache(maxsize=-3)
def neg(x): return x
neg(1); neg(1)
print(neg.cache_info(), neg.cache_parameters())
@lru_cache(typed=True)
def typed(x): return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())
@lru_cache()
def untyped(x): return type(x).__name__
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
@lru_cache(maxsize=None)
def kw(a, b=0, *, c=1): return (a, b, c)
print(kw(1), kw(1, b=0), kw(1, 0), kw(a=1), kw(1, c=1), kw.cache_info())
for bad in ('x', 2.5):
    try:
        lru_cache(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError:', e)
class Shape:
    def __init__(self, n): self.n = n
    @lru_cache(maxsize=None)
    def area(self, k):
        return self.n * k
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return self.n == o.n
s1, s2 = Shape(3), Shape(3)
print(s1.area(2), s2.area(2), Shape.area.cache_info(), Shape.area(s1, 2), Shape.area.cache_info().hits)
print(Shape.area.__wrapped__ is Shape.__dict__['area'].__wrapped__)

# -- singledispatch
@singledispatch
def kind(x):
    return 'object'
@kind.register
def _(x: int):
    return 'int'
@kind.register(cabc.Sequence)
def _(x):
    return 'sequence'
@kind.register(cabc.Mapping)
def _(x):
    return 'mapping'
@kind.register
def _(x: float | complex):
    return 'float|complex'
print(kind(1), kind(True), kind('s'), kind([1]), kind({}), kind(2.5), kind(1j), kind(None), kind(b'x'))
print(kind.dispatch(bool) is kind.registry[int], kind.dispatch(object) is kind, kind.dispatch(dict) is kind.registry[cabc.Mapping])
print(sorted(k.__name__ for k in kind.registry), type(kind.registry).__name__, kind.__name__, kind.__wrapped__.__name__)
class MySeq:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
print(kind(MySeq()))
cabc.Sequence.register(MySeq)
print(kind(MySeq()))
class Fancy(list):
    pass
@kind.register
def _(x: 'Fancy'):
    return 'fancy'
print(kind(Fancy()), kind([]))
try:
    kind()
except TypeError as e:
    print('TypeError:', e)
try:
    kind.register(5)
except TypeError as e:
    print('TypeError:', e)
try:
    @kind.register
    def _(x):
        return 'no annotation'
except TypeError as e:
    print('TypeError:', str(e).split(':')[0])
try:
    @kind.register
    def _(x: 'not a class'):
        return 1
except Exception as e:
    print(type(e).__name__)
try:
    kind.register(5, lambda x: x)
except TypeError as e:
    print('TypeError:', e)
try:
    @kind.register
    def _(x: list[int]):
        return 1
except TypeError as e:
    print('TypeError:', e)
r = kind.register(str, lambda x: 'str')
print(kind('abc'), r(1))

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
@singledispatch
def walk(x): return 'base'
walk.register(A, lambda x: 'A')
walk.register(C, lambda x: 'C')
print(walk(D()), walk(B()), walk(C()), walk(A()))

# -- singledispatchmethod
class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError(f'cannot negate {type(arg).__name__}')
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
    @singledispatchmethod
    @classmethod
    def cm(cls, arg):
        return ('cls default', cls.__name__)
    @cm.register
    @classmethod
    def _(cls, arg: int):
        return ('cls int', cls.__name__)
    @singledispatchmethod
    @staticmethod
    def st(arg):
        return 'st default'
    @st.register
    @staticmethod
    def _(arg: str):
        return 'st str'
n = Neg()
print(n.neg(3), n.neg(True), Neg.cm(1), Neg.cm('x'), n.cm(2), Neg.st('a'), n.st(1))
try:
    n.neg('s')
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(Neg.neg.__name__, n.neg.__name__, hasattr(n.neg, 'register'))
try:
    singledispatchmethod(5)
except TypeError as e:
    print('TypeError:', e)

# -- cached_property
class Data:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        "the val"
        self.n += 1
        return self.n * 10
d = Data()
print(d.val, d.val, d.n, Data.val.__doc__, Data.val.attrname, type(Data.__dict__['val']).__name__, Data.val.__module__)
d.val = 99
print(d.val)
del d.val
print(d.val, d.n)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def p(self): return 1
try:
    Slotted().p
except TypeError as e:
    print('TypeError:', e)
cp = cached_property(lambda self: 1)
class Late: pass
Late.q = cp
try:
    Late().q
except TypeError as e:
    print('TypeError:', e)
shared = cached_property(lambda self: 2)
try:
    class Two:
        a = shared
        b = shared
except TypeError as e:
    print(type(e).__name__, str(e))
class Same:
    a = cached_property(lambda self: 3)
Same.a.__set_name__(Same, 'a')
print(Same().a)
class MappingProxyDict:
    @cached_property
    def z(self): return 4
print(MappingProxyDict().z, cached_property.__set_name__.__name__, hasattr(cached_property, 'lock'))
print(cached_property.__class_getitem__(int))
