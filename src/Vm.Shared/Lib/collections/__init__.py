"""Container datatypes (FreeThreaded VM, written from the library documentation).

deque and defaultdict are native (the _collections module). This file adds namedtuple(), the
Counter multiset, OrderedDict, ChainMap and the UserDict/UserList/UserString wrappers.
"""

import sys as _system
import _collections_abc
from _collections import deque, defaultdict
from _collections import _count_elements    # Counter's counting loop, native
from keyword import iskeyword as _is_keyword
from reprlib import recursive_repr as _guarded_repr
import operator as _operator

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

# `collections.abc` is the _collections_abc module itself, whichever way it is imported.
abc = _collections_abc
_system.modules.setdefault('collections.abc', _collections_abc)
_collections_abc.MutableSequence.register(deque)


# ============================================================================ namedtuple

class _tuplegetter:
    # The descriptor behind each field name: item `index` of the tuple, read-only. (Its type
    # name is observable through type(Point.x); no class docstring, '__doc__' is a slot here.)
    __slots__ = ('index', '__doc__')

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self.index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self.index, self.__doc__)


def _namedtuple_fields(field_names, rename):
    """The field names as a list of str; with rename, unusable ones become _<position>."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        taken = set()
        for position, name in enumerate(names):
            if (name in taken or name.startswith('_') or _is_keyword(name)
                    or not name.isidentifier()):
                names[position] = f'_{position}'
            taken.add(name)
    return names


def _namedtuple_check(typename, names, rename):
    for name in (typename, *names):
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _is_keyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in names:
        if not rename and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass called typename whose items are also reachable as attributes
    named by field_names (a sequence of names, or one string separated by commas or spaces)."""
    typename = _system.intern(str(typename))
    names = _namedtuple_fields(field_names, rename)
    _namedtuple_check(typename, names, rename)
    fields = tuple(_system.intern(name) for name in names)
    count = len(fields)

    if defaults is None:
        field_defaults = {}
    else:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))

    # __new__ is compiled so that it takes the fields as ordinary named parameters (errors then
    # name them, keywords work, defaults apply) and builds the tuple in one call.
    params = ', '.join(fields)
    packed = params + ',' if count == 1 else params
    build = tuple.__new__
    __new__ = eval(f'lambda _cls, {params}: _build(_cls, ({packed}))',
                   {'_build': build, '__builtins__': {}})
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        made = build(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    def _replace(self, /, **changes):
        values = [changes.pop(name, value) for name, value in zip(fields, self)]
        if changes:
            raise TypeError(f'Got unexpected field names: {list(changes)!r}')
        return self._make(values)

    template = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'

    def __repr__(self):
        return self.__class__.__name__ + template % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    _asdict.__doc__ = f'A dict of the {typename} fields, in field order'
    __getnewargs__.__doc__ = 'The values as a plain tuple (for copy and pickle)'
    __repr__.__doc__ = f'{typename}(field=value, ...)'
    for function in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        function.__qualname__ = f'{typename}.{function.__name__}'

    namespace = {
        '__doc__': f'{typename}({params})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__replace__': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    cls = type(typename, (tuple,), namespace)

    # the module is the caller's unless given (pickle finds the class there)
    if module is None:
        try:
            module = _system._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        cls.__module__ = module
        __new__.__module__ = module
    return cls


# ============================================================================ Counter

def _pick_smaller(a, b):
    return a if a < b else b


def _pick_larger(a, b):
    return b if a < b else a


class Counter(dict):
    """A dict of counts: Counter('abca') == Counter({'a': 2, 'b': 1, 'c': 1}). Missing elements
    count zero; the operators +, -, | and & treat it as a multiset (keeping positive counts)."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __delitem__(self, elem):
        # deleting an absent element is not an error: its count is zero anyway
        if elem in self:
            super().__delitem__(elem)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    # ---- counting
    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an iterable."""
        if iterable is not None:
            if not isinstance(iterable, _collections_abc.Mapping):
                _count_elements(self, iterable)
            elif self:
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                dict.update(self, iterable)     # nothing to add to: take the counts as they are
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (they may go to zero or below)."""
        if iterable is not None:
            pairs = (iterable.items() if isinstance(iterable, _collections_abc.Mapping)
                     else ((elem, 1) for elem in iterable))
            for elem, count in pairs:
                self[elem] = self.get(elem, 0) - count
        if kwds:
            self.subtract(kwds)

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs from the most common; equal counts keep insertion order."""
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count (counts below one give nothing)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    # ---- copying and display
    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            ordered = dict(self.most_common())
        except TypeError:               # counts that do not compare: insertion order
            ordered = dict(self)
        return f'{name}({ordered!r})'

    # ---- multiset comparisons (Counter against Counter only): every element's count, missing
    # ones counting zero; the operators build a new Counter of the positive results
    __hash__ = None

    def _every_count(self, other, test):
        return all(test(self[elem], other[elem]) for side in (self, other) for elem in side)

    def _merged(self, other, combine):
        result = Counter()
        for elem, count in self.items():
            value = combine(count, other[elem])
            if value > 0:
                result[elem] = value
        for elem, count in other.items():
            if elem not in self:
                value = combine(0, count)
                if value > 0:
                    result[elem] = value
        return result

    def __pos__(self):
        return Counter()._merged(self, lambda zero, count: count)

    def __neg__(self):
        return Counter()._merged(self, lambda zero, count: -count)

    # ---- in place: change self, then drop the counts that are not positive
    def _prune(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._prune()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._prune()

    def __ior__(self, other):
        for elem, count in other.items():
            self[elem] = _pick_larger(self[elem], count)
        return self._prune()

    def __iand__(self, other):
        for elem, count in self.items():
            limit = other[elem]
            if limit < count:
                self[elem] = limit
        return self._prune()


def _install_counter_binaries():
    # Counter's comparisons and multiset operators: each answers NotImplemented unless both
    # sides are Counters.
    def only_counters(name, body):
        def method(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return body(self, other)
        method.__name__ = name
        method.__qualname__ = f'Counter.{name}'
        setattr(Counter, name, method)

    only_counters('__eq__', lambda a, b: a._every_count(b, _operator.eq))
    only_counters('__ne__', lambda a, b: not a == b)
    only_counters('__le__', lambda a, b: a._every_count(b, _operator.le))
    only_counters('__ge__', lambda a, b: a._every_count(b, _operator.ge))
    only_counters('__lt__', lambda a, b: a <= b and a != b)
    only_counters('__gt__', lambda a, b: a >= b and a != b)
    only_counters('__add__', lambda a, b: a._merged(b, _operator.add))
    only_counters('__sub__', lambda a, b: a._merged(b, _operator.sub))
    only_counters('__or__', lambda a, b: a._merged(b, _pick_larger))
    only_counters('__and__', lambda a, b: a._merged(b, _pick_smaller))


_install_counter_binaries()
del _install_counter_binaries


# ============================================================================ OrderedDict
# dict already keeps insertion order; OrderedDict adds reordering (move_to_end, popitem(last=))
# and order-sensitive equality between OrderedDicts.

def _fromkeys_by_setitem(cls, iterable, value=None):
    """A new cls with every key of iterable set to value (OrderedDict and UserDict.fromkeys)."""
    made = cls()
    for key in iterable:
        made[key] = value
    return made


def _ordered_union(cls, first, second):
    # first | second as a new cls (the OrderedDict's class); dicts only
    if not (isinstance(first, dict) and isinstance(second, dict)):
        return NotImplemented
    merged = cls(first)
    merged.update(second)
    return merged


class OrderedDict(dict):
    """A dict that can reorder its keys, and whose equality with another OrderedDict also
    compares the order."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        # item by item through self[key] = value, so subclasses see every insertion
        _collections_abc.MutableMapping.update(self, other, **kwds)

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or, with last=False, to the front)."""
        if key not in self:
            raise KeyError(key)
        value = dict.__getitem__(self, key)
        if last:
            dict.__delitem__(self, key)
            dict.__setitem__(self, key, value)
            return
        rest = [(k, v) for k, v in dict.items(self) if not (k is key or k == key)]
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first with last=False."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self) if last else iter(self))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        same_items = dict.__eq__(self, other)
        if isinstance(other, OrderedDict) and same_items is True:
            return all(a == b for a, b in zip(self, other))
        return same_items

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    @_guarded_repr()
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({dict(self.items())!r})'

    def __reduce__(self):
        # instance attributes travel as state; the items are replayed by __setitem__
        return self.__class__, (), (vars(self) or None), None, iter(self.items())

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    fromkeys = classmethod(_fromkeys_by_setitem)

    def __or__(self, other):
        return _ordered_union(self.__class__, self, other)

    def __ror__(self, other):
        return _ordered_union(self.__class__, other, self)

    def __ior__(self, other):
        self.update(other)
        return self


# ============================================================================ ChainMap

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings looked up as one, first mapping first. Writes and deletions only touch
    maps[0]; `maps` is the public list of the mappings."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    # ---- lookup through the chain
    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]     # (a mapping's own __missing__ answers too)
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __iter__(self):
        # keys in the order a dict built from the last mapping up to the first would have
        return iter({key: None for mapping in reversed(self.maps) for key in mapping})

    def __len__(self):
        return len(set().union(*self.maps))

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(repr(m) for m in self.maps)})'

    # ---- derived chains
    @classmethod
    def fromkeys(cls, iterable, *value):
        return cls(dict.fromkeys(iterable, *value))

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the same other mappings."""
        first, *others = self.maps
        return self.__class__(first.copy(), *others)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default) in front of these mappings."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all the mappings but the first."""
        return self.__class__(*self.maps[1:])

    # ---- changes go to the first mapping
    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        flat = dict(other)
        for mapping in reversed(self.maps):
            flat.update(mapping)
        return self.__class__(flat)


# ============================================================================ the User* wrappers
# Each keeps the real container in the attribute `data` (documented) and is meant to be
# subclassed; results of the container type come back wrapped in the subclass. The methods that
# only pass through to self.data are generated by _forward_to_data below each class.

def _unwrap(value, wrapper):
    return value.data if isinstance(value, wrapper) else value


def _unwrap_user(value):
    # (looked up when called: the wrapper classes are defined below)
    return _unwrap(value, (UserList, UserString))


def _data_methods(owner, names, rewrap=False, unwrap_args=()):
    """One method per name, calling the same method of self.data, for the class body of
    `owner`. With rewrap, results come back as self.__class__(result); arguments of the methods
    named in unwrap_args may be wrapper instances (their data is passed)."""
    def forwarder(name):
        unwrapping = name in unwrap_args

        def method(self, /, *args, **kwds):
            if unwrapping:
                args = [_unwrap_user(arg) for arg in args]
            result = getattr(self.data, name)(*args, **kwds)
            if rewrap and result is not NotImplemented:
                return self.__class__(result)
            return result
        method.__name__ = name
        method.__qualname__ = f'{owner}.{name}'
        return method
    return tuple(forwarder(name) for name in names.split())


def _data_comparisons(owner):
    """__eq__, __lt__, __le__, __gt__, __ge__ comparing self.data with the other side (whose
    data is used when it is a wrapper too)."""
    def comparison(name):
        test = getattr(_operator, name)

        def compare(self, other):
            return test(self.data, _unwrap_user(other))
        compare.__name__ = name
        compare.__qualname__ = f'{owner}.{name}'
        return compare
    return tuple(comparison(name) for name in ('__eq__', '__lt__', '__le__', '__gt__', '__ge__'))


class UserDict(_collections_abc.MutableMapping):
    """A dict-like class whose contents live in the dict self.data."""

    __len__, __iter__, __contains__, __setitem__, __delitem__, __repr__ = _data_methods(
        'UserDict', '__len__ __iter__ __contains__ __setitem__ __delitem__ __repr__')

    def __init__(self, mapping=None, /, **kwargs):
        self.data = {}
        if mapping is not None:
            self.update(mapping)
        if kwargs:
            self.update(kwargs)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def get(self, key, default=None):
        # a missing key gives default, whatever __missing__ would say
        return self[key] if key in self else default

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'].copy()
        return clone

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # a subclass: copy.copy it while data is empty (other attributes are copied, a custom
        # __copy__ is honoured), then refill the clone through its own __setitem__
        import copy
        saved, self.data = self.data, {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    fromkeys = classmethod(_fromkeys_by_setitem)


def _list_operand(other):
    # the other side of UserList's + and +=: a list (any iterable is accepted)
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


class UserList(_collections_abc.MutableSequence):
    """A list-like class whose contents live in the list self.data."""

    __eq__, __lt__, __le__, __gt__, __ge__ = _data_comparisons('UserList')
    (__len__, __contains__, __setitem__, __delitem__, __repr__, append, insert, extend, pop,
     remove, clear, count, index, reverse, sort) = _data_methods(
        'UserList', '__len__ __contains__ __setitem__ __delitem__ __repr__ append insert extend '
                    'pop remove clear count index reverse sort', unwrap_args=('extend',))

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __add__(self, other):
        return self.__class__(self.data + _list_operand(other))

    def __radd__(self, other):
        return self.__class__(_list_operand(other) + self.data)

    def __iadd__(self, other):
        self.data += _list_operand(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'][:]
        return clone


class UserString(_collections_abc.Sequence):
    """A str-like class whose text lives in the str self.data; the str methods that return
    text return an instance of the subclass."""

    __eq__, __lt__, __le__, __gt__, __ge__ = _data_comparisons('UserString')

    def __hash__(self):
        return hash(self.data)

    # text results come back as the subclass
    (__getitem__, __mul__, __rmul__, __mod__, capitalize, casefold, center, expandtabs, ljust,
     lower, lstrip, removeprefix, removesuffix, replace, rjust, rstrip, strip, swapcase, title,
     translate, upper, zfill) = _data_methods(
        'UserString', '__getitem__ __mul__ __rmul__ __mod__ capitalize casefold center '
                      'expandtabs ljust lower lstrip removeprefix removesuffix replace rjust '
                      'rstrip strip swapcase title translate upper zfill',
        rewrap=True, unwrap_args=('replace', 'removeprefix', 'removesuffix'))
    # other results as str gives them
    (__len__, __repr__, count, endswith, find, format, format_map, index, isalnum, isalpha,
     isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isprintable, isspace,
     istitle, isupper, join, partition, rfind, rindex, rpartition, rsplit, split, splitlines,
     startswith) = _data_methods(
        'UserString', '__len__ __repr__ count endswith find format format_map index isalnum '
                      'isalpha isascii isdecimal isdigit isidentifier islower isnumeric '
                      'isprintable isspace istitle isupper join partition rfind rindex '
                      'rpartition rsplit split splitlines startswith',
        unwrap_args=('count', 'find', 'index', 'rfind', 'rindex'))

    def __init__(self, seq):
        if isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = seq if isinstance(seq, str) else str(seq)

    def __str__(self):
        return str(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __add__(self, other):
        return self.__class__(self.data + (other.data if isinstance(other, UserString)
                                           else other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    maketrans = str.maketrans

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)

