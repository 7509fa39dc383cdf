"""The abstract base classes of collections.abc (FreeThreaded VM, written from the library
documentation).

Every ABC answers issubclass() structurally when a class defines the methods of its protocol
(a method set to None opts out), and offers the documented mixin methods built on its abstract
ones. Concrete builtin types are registered at the end of the file.
"""

from abc import ABCMeta, abstractmethod
import sys
GenericAlias = type(list[int])     # types.GenericAlias, without importing types

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString", "Buffer"]


# ---------------------------------------------------------------- the builtin types we register
# Module attributes named after the builtin (mostly iterator) types, as programs find them here.

def _sample_generator():
    yield


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


_coro_probe = _sample_coroutine()
for _name, _sample in (
        ('bytes_iterator', iter(b'')),
        ('bytearray_iterator', iter(bytearray())),
        ('dict_keyiterator', iter({}.keys())),
        ('dict_valueiterator', iter({}.values())),
        ('dict_itemiterator', iter({}.items())),
        ('list_iterator', iter([])),
        ('list_reverseiterator', reversed([])),
        ('range_iterator', iter(range(0))),
        ('set_iterator', iter(set())),
        ('str_iterator', iter('')),
        ('tuple_iterator', iter(())),
        ('zip_iterator', zip()),
        ('dict_keys', {}.keys()),
        ('dict_values', {}.values()),
        ('dict_items', {}.items()),
        ('mappingproxy', type.__dict__),
        ('generator', _sample_generator()),
        ('coroutine', _coro_probe),
        ('async_generator', _sample_async_generator())):
    globals()[_name] = type(_sample)
_coro_probe.close()     # never awaited: closing it keeps the "never awaited" warning away
del _sample, _coro_probe, _sample_generator, _sample_coroutine, _sample_async_generator


# ---------------------------------------------------------------- structural subclass checks

def _provides(candidate, names):
    """True when every name is found along candidate's MRO with a value other than None,
    NotImplemented otherwise (so ABCMeta falls back to registration and real subclassing)."""
    namespaces = [vars(klass) for klass in candidate.__mro__]
    for name in names:
        for namespace in namespaces:
            if name in namespace:
                if namespace[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _protocol(*names):
    """Class decorator: the ABC (but not its subclasses) recognises any class defining `names`."""
    def install(abc_class):
        def __subclasshook__(cls, candidate):
            if cls is abc_class:
                return _provides(candidate, names)
            return NotImplemented
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class
    return install


# ---------------------------------------------------------------- one-method protocols
# The bodies of the abstract methods are what a subclass gets from super(): neutral answers.

@_protocol('__hash__')
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_protocol('__len__')
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_protocol('__contains__')
class Container(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __contains__(self, x):
        return False


@_protocol('__iter__')
class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __iter__(self):
        return iter(())


@_protocol('__buffer__')
class Buffer(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError


@_protocol('__await__')
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __await__(self):
        return iter(())


@_protocol('__aiter__')
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


# ---------------------------------------------------------------- iterators and generators

@_protocol('__iter__', '__next__')
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


@_protocol('__reversed__', '__iter__')
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())


def _send_throw_close(kind, owner):
    """The methods Generator and Coroutine share: send and throw (abstract) and close (a
    mixin: throw GeneratorExit in; finishing or re-raising it is a clean close, yielding
    another value is the documented RuntimeError)."""
    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(f"{kind} ignored GeneratorExit")

    for method in (send, throw, close):
        method.__qualname__ = f'{owner}.{method.__name__}'
    return send, throw, close


@_protocol('__iter__', '__next__', 'send', 'throw', 'close')
class Generator(Iterator):
    __slots__ = ()

    send, throw, close = _send_throw_close("generator", "Generator")

    def __next__(self):
        return self.send(None)


@_protocol('__await__', 'send', 'throw', 'close')
class Coroutine(Awaitable):
    __slots__ = ()
    send, throw, close = _send_throw_close("coroutine", "Coroutine")


@_protocol('__anext__', '__aiter__')
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_protocol('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        raise typ if val is None else val

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


# ---------------------------------------------------------------- Callable and its alias

def _alias_item_repr(item):
    # How a type argument prints inside Callable[...]: qualified class names, '...' for Ellipsis.
    if item is Ellipsis:
        return '...'
    if isinstance(item, type) and not isinstance(item, GenericAlias):
        if item.__module__ == 'builtins':
            return item.__qualname__
        return f'{item.__module__}.{item.__qualname__}'
    if isinstance(item, (list, tuple)):
        return '[' + ', '.join(map(_alias_item_repr, item)) + ']'
    return repr(item)


def _is_parameter_list(arg):
    # An argument list slot may hold [types...], ..., a ParamSpec or a Concatenate form.
    if arg is Ellipsis or isinstance(arg, list):
        return True
    if type(arg).__name__ == 'ParamSpec':
        return True
    return getattr(getattr(arg, '__origin__', None), '_name', None) == 'Concatenate'


def _is_type_variable(arg):
    return type(arg).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple')


def _type_variables(args, found=None):
    # The TypeVars/ParamSpecs among args and inside nested aliases and argument lists, in
    # first-occurrence order.
    found = [] if found is None else found
    for arg in args:
        if _is_type_variable(arg):
            if arg not in found:
                found.append(arg)
        elif isinstance(arg, list):
            _type_variables(arg, found)
        elif isinstance(arg, (GenericAlias, _CallableGenericAlias)):
            _type_variables(arg.__args__, found)
        else:
            for inner in getattr(arg, '__parameters__', ()):
                if inner not in found:
                    found.append(inner)
    return tuple(found)


def _substitute(arg, binding):
    # arg with its type variables replaced as binding says (nested aliases rebuilt)
    if _is_type_variable(arg):
        return binding.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(item, binding) for item in arg]
    if isinstance(arg, _CallableGenericAlias):
        params, result = arg._split()
        return _CallableGenericAlias(arg.__origin__, (_substitute(params, binding),
                                                      _substitute(result, binding)))
    if isinstance(arg, GenericAlias):
        return GenericAlias(arg.__origin__, tuple(_substitute(a, binding) for a in arg.__args__))
    return arg


class _CallableGenericAlias:
    """Callable[[arg, ...], result]: __args__ is the flat tuple (arg, ..., result). (The name
    is observable: type(Callable[[int], str]).__name__ and pickles use it.)"""

    def __init__(self, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (list, tuple)):
            flat = (*params, result)
        elif _is_parameter_list(params):
            flat = (params, result)
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                            f"Got {params}")
        self.__origin__ = origin
        self.__args__ = flat
        self.__parameters__ = _type_variables(flat)

    def _split(self):
        # (argument list or the single parameter-list form, result)
        *params, result = self.__args__
        if len(params) == 1 and _is_parameter_list(params[0]):
            return params[0], result
        return list(params), result

    def __repr__(self):
        params, result = self._split()
        return (f'{_alias_item_repr(self.__origin__)}'
                f'[{_alias_item_repr(params)}, {_alias_item_repr(result)}]')

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __reduce__(self):
        return type(self), (self.__origin__, self._split())

    def __getitem__(self, values):
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(values, tuple):
            values = (values,)
        if len(values) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(values) > len(self.__parameters__) else 'few'} "
                            f"arguments for {self!r}; actual {len(values)}, "
                            f"expected {len(self.__parameters__)}")
        binding = dict(zip(self.__parameters__, values))
        params, result = self._split()
        return _CallableGenericAlias(self.__origin__, (_substitute(params, binding),
                                                       _substitute(result, binding)))

    # like types.GenericAlias: calling, subclassing and plain attributes go to the origin
    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):     # (for class statements; this VM does not consult it yet)
        return (self.__origin__,)

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__') or not name.startswith('__'):
            return getattr(self.__origin__, name)
        raise AttributeError(name)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]


@_protocol('__call__')
class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_CallableGenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# ---------------------------------------------------------------- collections

@_protocol('__len__', '__iter__', '__contains__')
class Collection(Sized, Iterable, Container):
    __slots__ = ()


class Sequence(Reversible, Collection):
    """A read-only indexable sequence: define __getitem__ (raising IndexError past the end) and
    __len__; iteration, membership, reversal, index() and count() follow."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def __contains__(self, value):
        return any(item is value or item == value for item in self)

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)

    def index(self, value, start=0, stop=None):
        size = None
        if start is not None and start < 0:
            size = len(self)
            start = max(size + start, 0)
        if stop is not None and stop < 0:
            stop += len(self) if size is None else size
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if item is value or item == value:
                return position
            position += 1
        raise ValueError


class MutableSequence(Sequence):
    """A sequence that also supports item assignment, deletion and insert(); the list-like
    methods (append, extend, pop, remove, reverse, clear, +=) are built on those."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def extend(self, values):
        # extending a sequence by itself must see the original items only
        for item in (list(values) if values is self else values):
            self.append(item)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def reverse(self):
        last = len(self) - 1
        for low in range(len(self) // 2):
            high = last - low
            self[low], self[high] = self[high], self[low]

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return


class _DeprecateByteStringMeta(ABCMeta):
    # (name observable in type(ByteString)) Subclassing ByteString or testing against it warns.
    def __new__(cls, name, bases, namespace, **kwargs):
        if name != "ByteString":
            _warn_byte_string()
        return super().__new__(cls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        _warn_byte_string()
        return super().__instancecheck__(instance)


def _warn_byte_string():
    import warnings
    warnings.warn("'collections.abc.ByteString' is deprecated and slated for removal in "
                  "Python 3.14", DeprecationWarning, stacklevel=3)


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    """Deprecated: a sequence of bytes (bytes and bytearray are registered)."""
    __slots__ = ()


# ---------------------------------------------------------------- sets

_WORD_MASK = (sys.maxsize << 1) | 1      # all the bits of a C long


def _signed_word(value):
    # The low bits of value (as many as a C long has) read as a two's-complement C long.
    value &= _WORD_MASK
    return value - _WORD_MASK - 1 if value > sys.maxsize else value


class Set(Collection):
    """A finite iterable container of unique items. Define __contains__, __iter__ and __len__;
    comparisons and the operators follow. Results are built by the classmethod _from_iterable
    (the documented hook: override it when the constructor takes other arguments); _hash gives
    the frozenset hash for classes that want to be hashable."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    # ---- comparisons: subset tests by membership, sizes first
    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(item in other for item in self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(item in self for item in other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    # ---- operators: any iterable is accepted on the other side
    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for part in (self, other) for item in part)

    def __sub__(self, other):
        other = self._as_set(other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is NotImplemented:
            return other
        return (self - other) | (other - self)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def _as_set(self, other):
        # the other operand of -, ^ (as a Set, so membership tests are cheap)
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return NotImplemented

    def _hash(self):
        """The hash frozenset would give these items (order-independent)."""
        acc = 1927868237 * (len(self) + 1)
        for item in self:
            h = hash(item)
            acc ^= (h ^ (h << 16) ^ 89869747) * 3644798167
        # (xor and multiplication keep low bits independent of high ones: one mask suffices)
        acc &= _WORD_MASK
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = _signed_word(acc * 69069 + 907133923)
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A set with add() and discard(); remove, pop, clear and the in-place operators follow."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for item in self:
            break
        else:
            raise KeyError
        self.discard(item)
        return item

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self

    def __iand__(self, it):
        for item in self - it:
            self.discard(item)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for item in it:
            self.discard(item)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for item in (it if isinstance(it, Set) else self._from_iterable(it)):
            if item in self:
                self.discard(item)
            else:
                self.add(item)
        return self


# ---------------------------------------------------------------- mappings and their views

class Mapping(Collection):
    """A read-only mapping: define __getitem__, __iter__ and __len__; get, membership, the
    three views and equality follow. Mappings are not reversible by default."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    __reversed__ = None

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return KeysView(self)

    def values(self):
        return ValuesView(self)

    def items(self):
        return ItemsView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class MutableMapping(Mapping):
    """A mapping with __setitem__ and __delitem__; pop, popitem, clear, update and setdefault
    follow."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f"pop expected at most 2 arguments, got {1 + len(default)}")
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        # a Mapping or anything with keys() is read by key; otherwise (key, value) pairs
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            keys = other if isinstance(other, Mapping) else other.keys()
            for key in keys:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


class MappingView(Sized):
    """Base of the three views: holds the mapping in the slot `_mapping` (read by subclasses)."""
    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)      # set operations on a view give a plain set

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return (yield from self._mapping)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(found is value or found == value for found in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


# ---------------------------------------------------------------- registrations

_registrations = {
    Iterator: (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
               dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
               set_iterator, str_iterator, tuple_iterator, zip_iterator),
    Generator: (generator,),
    Coroutine: (coroutine,),
    AsyncGenerator: (async_generator,),
    Set: (frozenset,),
    MutableSet: (set,),
    Mapping: (mappingproxy,),
    MutableMapping: (dict,),
    KeysView: (dict_keys,),
    ItemsView: (dict_items,),
    ValuesView: (dict_values,),
    Sequence: (tuple, str, range, memoryview),
    ByteString: (bytes, bytearray),
    MutableSequence: (list, bytearray),
}
for _abc, _concrete in _registrations.items():
    for _cls in _concrete:
        _abc.register(_cls)

for _name in __all__:
    globals()[_name].__module__ = 'collections.abc'
_CallableGenericAlias.__module__ = 'collections.abc'
del _registrations, _abc, _concrete, _cls, _name
