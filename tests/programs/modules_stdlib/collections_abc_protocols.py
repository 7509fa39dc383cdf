# collections.abc: structural checks, registrations, mixin methods, the Set hooks
# (_from_iterable, _hash), iterator type names, abstract-class errors, generic aliases
import collections.abc as cabc
import _collections_abc

names = sorted(cabc.__all__)
print(names)
print([getattr(cabc, n).__module__ for n in names][:3], cabc.Set.__qualname__)
for n in ("bytes_iterator", "bytearray_iterator", "dict_keyiterator", "dict_valueiterator",
          "dict_itemiterator", "list_iterator", "list_reverseiterator", "range_iterator",
          "set_iterator", "str_iterator", "tuple_iterator", "zip_iterator", "dict_keys",
          "dict_values", "dict_items", "generator", "coroutine", "async_generator"):
    t = getattr(_collections_abc, n)
    print(n, t.__name__, issubclass(t, cabc.Iterator), issubclass(t, cabc.Iterable))

# structural subclass checks (no registration)
class OnlyIter:
    def __iter__(self):
        return iter(())
class OnlyLen:
    def __len__(self):
        return 3
class Full:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
class NoHash:
    __hash__ = None
class Caller:
    def __call__(self): return 1
class Rev:
    def __iter__(self): return iter([1])
    def __reversed__(self): return iter([1])
class Aw:
    def __await__(self): yield
class AIt:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
class Buf:
    def __buffer__(self, flags): return memoryview(b"x")
checks = [(OnlyIter, cabc.Iterable), (OnlyIter, cabc.Iterator), (OnlyLen, cabc.Sized),
          (Full, cabc.Collection), (OnlyLen, cabc.Collection), (NoHash, cabc.Hashable),
          (int, cabc.Hashable), (list, cabc.Hashable), (Caller, cabc.Callable), (Rev, cabc.Reversible),
          (OnlyIter, cabc.Reversible), (Aw, cabc.Awaitable), (AIt, cabc.AsyncIterator),
          (AIt, cabc.AsyncIterable), (Buf, cabc.Buffer), (bytes, cabc.Buffer), (str, cabc.Buffer),
          (list, cabc.MutableSequence), (tuple, cabc.Sequence), (tuple, cabc.MutableSequence),
          (str, cabc.Sequence), (range, cabc.Sequence), (memoryview, cabc.Sequence),
          (bytes, cabc.ByteString), (bytearray, cabc.MutableSequence), (dict, cabc.MutableMapping),
          (set, cabc.MutableSet), (frozenset, cabc.Set), (frozenset, cabc.MutableSet),
          (type({}.keys()), cabc.KeysView), (type({}.items()), cabc.ItemsView),
          (type({}.values()), cabc.ValuesView), (type({}.keys()), cabc.Set),
          (type(i for i in ()), cabc.Generator), (dict, cabc.Reversible)]
for cls, abc_ in checks:
    print(cls.__name__, abc_.__name__, issubclass(cls, abc_))

# a None entry blocks the structural check
class Blocked(OnlyIter):
    __iter__ = None
print("blocked", issubclass(Blocked, cabc.Iterable))

# Generator / Coroutine mixins on a hand-written class
class Gen(cabc.Generator):
    def __init__(self):
        self.n = 0
    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n * 10
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val
g = Gen()
print(list(g), iter(g) is g)
g2 = Gen()
print(next(g2), g2.close(), isinstance(g2, cabc.Iterator))
class Stubborn(cabc.Generator):
    def send(self, value): return 1
    def throw(self, typ, val=None, tb=None): return 2
try:
    Stubborn().close()
except RuntimeError as e:
    print("RuntimeError", e)
class StubbornCoro(cabc.Coroutine):
    def send(self, value): return 1
    def throw(self, typ, val=None, tb=None): return 2
    def __await__(self): yield
try:
    StubbornCoro().close()
except RuntimeError as e:
    print("RuntimeError", e)

# abstract-class instantiation errors
for abc_ in (cabc.Sequence, cabc.MutableMapping, cabc.Set, cabc.Iterator, cabc.Hashable):
    try:
        abc_()
    except TypeError as e:
        print(e)
print(sorted(cabc.MutableSequence.__abstractmethods__), sorted(cabc.Mapping.__abstractmethods__))
print(sorted(cabc.MutableSet.__abstractmethods__), sorted(cabc.Generator.__abstractmethods__))
print(sorted(cabc.AsyncGenerator.__abstractmethods__), sorted(cabc.Coroutine.__abstractmethods__))

# Sequence mixins
class Seq(cabc.Sequence):
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
s = Seq(5, 6, 7, 6, float("nan"))
nan = s[4]
print(list(s), list(reversed(s)), 6 in s, 9 in s, nan in s, s.count(6), s.index(6), s.index(6, 2))
print(s.index(7, -3), s.index(6, 0, 2))
for args in ((9,), (6, 4), (5, 1, 3)):
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError", repr(e))

# MutableSequence mixins
class MSeq(cabc.MutableSequence):
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def insert(self, i, v): self.items.insert(i, v)
    def __repr__(self): return f"MSeq{self.items}"
m = MSeq(1, 2, 3)
m.append(4); m.extend([5, 6]); m.reverse()
print(m, m.pop(), m.pop(0), m)
m.remove(3); m += (7, 8)
print(m)
m.extend(m)
print(m)
m.clear()
print(m)
try:
    m.pop()
except IndexError as e:
    print("IndexError", e)
try:
    m.remove(1)
except ValueError as e:
    print("ValueError", repr(e))

# Mapping / MutableMapping mixins and the views
class Map(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return f"Map({self.d})"
mp = Map()
mp.update({"a": 1}, b=2)
mp.update([("c", 3)])
class KeysOnly:
    def keys(self): return ["k"]
    def __getitem__(self, k): return k.upper()
mp.update(KeysOnly())
print(dict(mp), mp.get("a"), mp.get("z", 0), "b" in mp, "z" in mp, mp.setdefault("a", 9), mp.setdefault("e"))
ks, vs, its = mp.keys(), mp.values(), mp.items()
print(ks, type(ks).__name__, len(ks), list(ks), list(vs), list(its))
print(repr(vs)[:9], "a" in ks, 3 in vs, ("a", 1) in its, ("a", 2) in its, ("zz", 1) in its)
print(ks & {"a", "b", "q"} == {"a", "b"}, type(ks | {"q"}).__name__, sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(sorted(its & {("a", 1)}), ks == {"a", "b", "c", "k", "e"}, ks <= {"a", "b", "c", "k", "e", "f"}, ks.isdisjoint(["x"]))
print(mp.pop("a"), mp.pop("zz", "dflt"), mp.popitem(), len(mp))
try:
    mp.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(mp == {"b": 2, "c": 3, "k": "K"}, mp == Map(), mp != {"b": 2}, mp == [1])
mp.clear()
try:
    mp.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(cabc.Mapping.__reversed__, cabc.Mapping.__hash__ if "__hash__" in vars(cabc.Mapping) else "inherited")
print(cabc.KeysView({"x": 1}), cabc.ItemsView({"x": 1}), cabc.ValuesView({"x": 1}), cabc.MappingView([1, 2]))
print(list(cabc.ItemsView({"x": 1})), len(cabc.ValuesView({"x": 1, "y": 2})))

# Set mixins, _from_iterable and _hash
class LSet(cabc.Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return f"LSet({self.items})"
    __hash__ = cabc.Set._hash
a, b = LSet([1, 2, 3]), LSet([3, 4])
print(a & b, a | b, a - b, a ^ b, b - [4], [9, 3] - b if False else LSet.__rsub__(b, [9, 3]))
print(a | [7], [7] | a, [2] & a, a ^ [1, 9], [1, 9] ^ a)
print(a <= LSet([1, 2, 3, 4]), a < a, a < LSet([1, 2, 3, 4]), a >= LSet([1]), a > a, a == LSet([3, 2, 1]), a != b)
print(a == {1, 2, 3}, a <= {1, 2, 3}, {1, 2, 3} >= a, a.isdisjoint([4, 5]), a.isdisjoint(b))
print(a.__and__(5), a.__sub__(5), a.__le__([1]), a.__eq__([1, 2, 3]))
print(hash(LSet([1, 2, 3])) == hash(frozenset({1, 2, 3})), hash(LSet()) == hash(frozenset()))
print(hash(LSet(["x", (1, 2), -1, 2**70])) == hash(frozenset(["x", (1, 2), -1, 2**70])))
class Tagged(LSet):
    @classmethod
    def _from_iterable(cls, it):
        r = cls(it)
        r.tag = "made"
        return r
print((Tagged([1]) | Tagged([2])).tag, type(cabc.KeysView({}) | {1}).__name__)

# MutableSet mixins
class MSet(LSet, cabc.MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    __hash__ = None
ms = MSet([1, 2, 3])
ms.remove(2)
try:
    ms.remove(2)
except KeyError as e:
    print("KeyError", e)
ms |= [4, 5]; print(ms)
ms &= [1, 4, 5, 6]; print(ms)
ms ^= [5, 6]; print(ms)
ms -= [6]; print(ms)
ms ^= ms; print(ms)
ms |= [1, 2]
ms -= ms; print(ms)
ms |= [8, 9]
print(ms.pop(), ms)
ms.clear(); print(ms)
try:
    ms.pop()
except KeyError as e:
    print("KeyError", repr(e))

# Iterator / AsyncIterator mixins
class Count(cabc.Iterator):
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
c = Count()
print(iter(c) is c, list(c))
class ACount(cabc.AsyncIterator):
    async def __anext__(self): raise StopAsyncIteration
ac = ACount()
print(ac.__aiter__() is ac)

# registration
class Virtual:
    pass
cabc.Sequence.register(Virtual)
print(issubclass(Virtual, cabc.Sequence), issubclass(Virtual, cabc.Iterable), isinstance(Virtual(), cabc.Collection))

# generic aliases
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Set[int].__origin__ is cabc.Set)
print(cabc.Sequence[int].__args__, type(cabc.MutableMapping[str, list]).__name__)
c1 = cabc.Callable[[int, str], bool]
print(c1, c1.__args__, c1.__origin__ is cabc.Callable, type(c1).__name__)
print(cabc.Callable[..., int], cabc.Callable[..., int].__args__, cabc.Callable[[], None])
print(cabc.Callable[[int], str] == cabc.Callable[[int], str], hash(cabc.Callable[[int], str]) == hash(cabc.Callable[[int], str]))
for bad in ((int, str), "x"):
    try:
        cabc.Callable[bad]
    except TypeError as e:
        print("TypeError", e)
try:
    cabc.Callable[[int], str, bool]
except TypeError as e:
    print("TypeError", e)
print(isinstance(c1, type), cabc.Callable[[int], str] == cabc.Callable[[int], str] | None)
print(list[int] == cabc.Iterable[int], cabc.Iterable[int].__parameters__)
# Callable aliases behave like types.GenericAlias: calls, base-class entries, attributes, pickling,
# substitution of type variables (also inside nested aliases)
import pickle
import typing
a = cabc.Callable[[int], str]
print(callable(a), a.__name__, a.__qualname__)
try:
    a()
except TypeError as e:
    print("TypeError", e)
print(a.__mro_entries__((a,)))     # (class statements of this VM do not consult it yet)
print(pickle.loads(pickle.dumps(a)) == a, pickle.loads(pickle.dumps(cabc.Callable[[], int])))  # (Ellipsis does not pickle in this VM yet)
T = typing.TypeVar("T")
g = cabc.Callable[[T], list[T]]
print(g.__parameters__, g[int], cabc.Callable[[T], T][str].__args__, cabc.Callable[[int, "str"], None])
try:
    g[int, str]
except TypeError as e:
    print("TypeError", e)
for bad in ("isinstance(1, a)", "issubclass(int, a)"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError", e)
