# dataclasses: the observable details a rewrite must keep (Field/params reprs, the generated methods'
# rules, the __hash__ table, slots, replace, asdict/astuple copying, make_dataclass, error texts)
import copy
import re
import dataclasses
import pickle
import weakref
from collections import namedtuple, defaultdict, OrderedDict
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         is_dataclass, InitVar, KW_ONLY, MISSING, Field, FrozenInstanceError)
from typing import ClassVar

print(sorted(dataclasses.__all__))
def addr(o):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', str(o))
print(addr(MISSING), addr(KW_ONLY), InitVar[int], InitVar[list[int]], InitVar('str'), type(MISSING).__name__)
print(issubclass(FrozenInstanceError, AttributeError))

@dataclass
class P:
    x: int
    y: list = field(default_factory=list, metadata={'u': 1})
    z: ClassVar[int] = 3
    w: InitVar[int] = 0
    def __post_init__(self, w):
        self.extra = w
for f in P.__dataclass_fields__.values():
    print(addr(f))
print(P.__dataclass_params__)
print(list(P.__dataclass_fields__), [f.name for f in fields(P)], [f.name for f in fields(P(1))])
print(P.__match_args__, P.__doc__, P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__)
print(P(1, [2], 5), P(1).extra, P(1, w=4).extra, P.__hash__)
f0 = field()
print(f0.name, f0.default is MISSING, f0.kw_only is MISSING, f0.metadata, type(f0) is Field)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)

# -- generated __eq__ / order
@dataclass(order=True)
class O:
    a: int
    b: str = 'x'
    c: float = field(default=0.0, compare=False)
class OSub(O):
    pass
print(O(1) == O(1, 'x', 9.0), O(1) == OSub(1), O(1).__eq__(5), O(1) < O(1, 'y'), O(2) >= O(1, 'z'), O(1).__lt__(OSub(1)))
try:
    O(1) < OSub(2)
except TypeError as e:
    print('TypeError:', e)
print(sorted([O(2), O(1, 'b'), O(1, 'a')]))
nan = float('nan')
@dataclass
class F:
    v: float
print(F(nan) == F(nan), (lambda o: o == o)(F(nan)), [nan] == [nan])
@dataclass
class Empty:
    pass
print(Empty() == Empty(), Empty(), Empty.__match_args__, Empty.__doc__)

# -- the __hash__ table
def hash_kind(**kw):
    explicit = kw.pop('explicit', False)
    ns = {'__annotations__': {'v': int}}
    if explicit:
        ns['__hash__'] = lambda self: 42
    C = dataclass(type('H', (), ns), **kw)
    h = C.__dict__.get('__hash__', 'inherited')
    if h is None:
        return 'None'
    if h == 'inherited':
        return 'inherited'
    return 'explicit' if explicit and h(C(1)) == 42 else 'generated'
for eq in (False, True):
    for frozen in (False, True):
        for unsafe in (False, True):
            for explicit in (False, True):
                try:
                    r = hash_kind(eq=eq, frozen=frozen, unsafe_hash=unsafe, explicit=explicit)
                except TypeError as e:
                    r = 'TypeError: ' + str(e)
                print(f'eq={eq} frozen={frozen} unsafe_hash={unsafe} explicit={explicit}: {r}')
@dataclass
class EqOnly:
    v: int
    def __eq__(self, o): return True
print(EqOnly.__hash__)
@dataclass(frozen=True)
class HF:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, hash=True)
print(hash(HF(1, 2, 3)) == hash((1, 3)), hash(HF(1, 5, 3)) == hash(HF(1, 9, 3)))

# -- frozen
@dataclass(frozen=True)
class Fr:
    a: int
    b: list = field(default_factory=list)
fr = Fr(1)
for op in (lambda: setattr(fr, 'a', 2), lambda: setattr(fr, 'new', 2), lambda: delattr(fr, 'a')):
    try:
        op()
    except FrozenInstanceError as e:
        print('FrozenInstanceError:', e)
class FrSub(Fr):
    pass
fs = FrSub(1)
fs.other = 5
print(fs.other)
try:
    fs.a = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    @dataclass
    class Thaw(Fr):
        c: int = 0
except TypeError as e:
    print('TypeError:', e)
@dataclass
class Warm:
    a: int = 0
try:
    @dataclass(frozen=True)
    class Chill(Warm):
        c: int = 0
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(frozen=True)
    class OwnSet:
        a: int
        def __setattr__(self, n, v): pass
except TypeError as e:
    print('TypeError:', e)
print(copy.copy(fr), copy.deepcopy(Fr(1, [2])), pickle.loads(pickle.dumps(Fr(3, [4]))))

# -- __init__ details
@dataclass
class S:
    self: int
    cls: int = 1
print(S(5, 6), S(self=1))
@dataclass
class Facts:
    a: list = field(default_factory=list)
    b: list = field(default_factory=lambda: [1], init=False)
    c: int = field(default=7, init=False)
    d: int = field(init=False, repr=False)
fa = Facts()
print(fa.a is not Facts().a, fa.b, fa.c, hasattr(fa, 'd'), Facts([9]))
try:
    Facts(1, 2)
except TypeError as e:
    print('TypeError:', e)
@dataclass
class KW:
    a: int
    b: int = field(kw_only=True)
    c: int = 1
    _: KW_ONLY
    d: int
    e: int = field(default=2, kw_only=False)
print(KW(1, 3, 4, b=2, d=5), KW.__match_args__)
try:
    KW(1, 2, 3, 4, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class TwoKW:
        a: KW_ONLY
        b: KW_ONLY
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Late:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
for default in ([], {}, set()):
    try:
        dataclass(type('M', (), {'__annotations__': {'m': type(default)}, 'm': default}))
    except ValueError as e:
        print('ValueError:', e)
try:
    @dataclass
    class NoAnn:
        a = field(default=1)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class CV:
        a: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class CVK:
        a: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(order=True, eq=False)
    class NE:
        a: int
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass(order=True)
    class OwnLt:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print('TypeError:', e)
@dataclass
class Strs:
    a: 'ClassVar[int]' = 1
    b: 'InitVar[int]' = 2
    c: 'int' = 3
    def __post_init__(self, b):
        self.got = b
print(Strs(), Strs(5, 6).got, [f.name for f in fields(Strs)], sorted(Strs.__dataclass_fields__))
class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        return 10 if obj is None else obj.__dict__.get('_v', 10)
    def __set__(self, obj, value):
        obj.__dict__['_v'] = value * 2
@dataclass
class UsesDesc:
    d: int = Desc()
u = UsesDesc()
print(u.d, UsesDesc(4).d)
@dataclass
class Defaulted:
    v: int = 5
print(Defaulted.v, Defaulted.__init__.__defaults__, 'v' in Defaulted.__dict__)

# -- inheritance and field order
@dataclass
class B1:
    x: int = 1
    y: int = 2
@dataclass
class B2(B1):
    z: int = 3
    x: int = 9
print(B2(), [f.name for f in fields(B2)], B2.__match_args__)
class Mid(B1):
    q: int = 4
@dataclass
class B3(Mid):
    r: int = 5
print(B3(), [f.name for f in fields(B3)])

# -- repr recursion guard and custom repr
@dataclass
class Node:
    val: int
    nxt: object = None
n = Node(1)
n.nxt = n
print(n, [n])
@dataclass(repr=False)
class R:
    a: int
    def __repr__(self): return 'R!'
print(R(1), Node(2, R(1)))
@dataclass
class Hidden:
    a: int
    b: int = field(repr=False, default=0)
print(Hidden(1, 2))
class Outer:
    @dataclass
    class Inner:
        v: int
print(Outer.Inner(1))

# -- slots
@dataclass(slots=True)
class Sl:
    a: int
    b: list = field(default_factory=list)
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, '__dict__'), Sl.__init__.__qualname__, Sl.__name__, Sl.__qualname__)
try:
    s.c = 1
except AttributeError as e:
    print('AttributeError:', type(e).__name__)
@dataclass(slots=True, frozen=True)
class SlF:
    a: int
    b: int = 0
sf = SlF(1, 2)
print(sf.__getstate__(), pickle.loads(pickle.dumps(sf)), copy.deepcopy(sf), hash(sf) == hash(SlF(1, 2)))
try:
    sf.a = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
@dataclass(slots=True, weakref_slot=True)
class SlW:
    a: int
sw = SlW(1)
r = weakref.ref(sw)
print(r() is sw, SlW.__slots__)
try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(slots=True)
    class HasSlots:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print('TypeError:', e)
@dataclass(slots=True)
class SlBase:
    a: int
@dataclass(slots=True)
class SlChild(SlBase):
    b: int
print(SlChild(1, 2), SlChild.__slots__)
@dataclass(slots=True)
class SlInit:
    a: int = field(default=4, init=False)
print(SlInit())

# -- match_args
@dataclass
class Pt:
    x: int
    y: int
    z: int = field(default=0, kw_only=True)
print(Pt.__match_args__)
@dataclass(match_args=False)
class NoMatch:
    a: int
print(hasattr(NoMatch, '__match_args__'))
@dataclass
class OwnMatch:
    a: int
    __match_args__ = ('mine',)
print(OwnMatch.__match_args__)

# -- replace / __replace__
@dataclass
class Rp:
    a: int
    b: int = field(init=False, default=0)
    iv: InitVar[int] = 1
    def __post_init__(self, iv):
        self.b = self.a * iv
rp = Rp(2, 3)
print(replace(rp, a=5, iv=2), replace(rp, iv=1), copy.replace(rp, a=1, iv=1))
try:
    replace(rp, b=1)
except TypeError as e:
    print('TypeError:', e)
@dataclass
class Rq:
    iv: InitVar[int]
    def __post_init__(self, iv): pass
try:
    replace(Rq(1))
except TypeError as e:
    print('TypeError:', e)
try:
    replace(rp, nope=1)
except TypeError as e:
    print('TypeError:', str(e).split('(')[0][-40:])
for fn in (replace, asdict, astuple):
    try:
        fn(P)
    except TypeError as e:
        print('TypeError:', e)
try:
    fields(5)
except TypeError as e:
    print('TypeError:', e)

# -- asdict / astuple
NT = namedtuple('NT', 'p q')
@dataclass
class Deep:
    items: list
    mapping: dict
    nt: NT
    inner: object = None
    dd: object = None
inner = Deep([1], {'k': (2, 3)}, NT(1, 2))
outer = Deep([inner, [4, [5]]], {'a': inner, (1, 2): 'tk'}, NT(inner, [6]), OrderedDict(b=1), defaultdict(list, {'z': [7]}))
d = asdict(outer)
print(d)
print(type(d['nt']).__name__, type(d['inner']).__name__, type(d['dd']).__name__, d['dd'].default_factory)
print(d['items'][1] is not outer.items[1], d['items'][1][1] is not outer.items[1][1], d['mapping']['a']['items'] is not inner.items)
t = astuple(outer)
print(t)
print(type(t[2]).__name__, t[1]['a'][0] is not inner.items)
print(asdict(outer, dict_factory=lambda kv: [k for k, _ in kv]))
print(astuple(inner, tuple_factory=list))
class Thing:
    def __init__(self): self.n = [1]
    def __deepcopy__(self, memo):
        print('deepcopy called')
        return 'copied'
@dataclass
class HoldsThing:
    t: object
print(asdict(HoldsThing(Thing())), astuple(HoldsThing(Thing())))
@dataclass
class Cyc:
    a: list
lst = [1]
print(asdict(Cyc([lst, lst]))['a'][0] is asdict(Cyc([lst, lst]))['a'][1])

# -- is_dataclass
print(is_dataclass(P), is_dataclass(P(1)), is_dataclass(5), is_dataclass(type), is_dataclass(OSub), is_dataclass(OSub(1)))

# -- make_dataclass
MD = make_dataclass('MD', [('a', int, 0), ('b', int, 5), ('c', list, field(default_factory=list))],
                    bases=(B1,), namespace={'add': lambda self: self.a + self.b}, order=True)
md = MD(1, 2, 3, 4, [5])
print(md, md.add(), MD.__module__, MD.__qualname__, [(f.name, f.type) for f in fields(MD)], MD.__dataclass_params__.frozen)
print(make_dataclass('M2', [('x', int)], module='mymod').__module__, [(f.name, f.type) for f in fields(make_dataclass('M3', ['q']))])
for bad in (['a', 'a'], [('a',)], ['1x'], ['class'], [('a', int, 1, 2)], [5]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    make_dataclass('bad name', ['a'])
    print('no error for class name')
except TypeError as e:
    print('TypeError:', e)

# -- abstract methods and __set_name__
import abc
class AB(abc.ABC):
    @abc.abstractmethod
    def __repr__(self): ...
@dataclass
class Concrete(AB):
    a: int
print(Concrete(1), Concrete.__abstractmethods__)
