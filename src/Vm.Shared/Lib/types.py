"""Names for the interpreter's built-in types, and helpers to create classes dynamically
(FreeThreaded VM implementation, written from the types module's documentation).

Each type is taken from an object of that type made here: a function defined in this module
gives FunctionType and CodeType, a generator expression's frame gives FrameType, and so on.
"""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
           'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType',
           'new_class', 'resolve_bases', 'prepare_class', 'get_original_bases',
           'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType',
           'NoneType', 'NotImplementedType']


# ---- dynamic class creation ----------------------------------------------------------------

def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ by what that returns (PEP 560).

    The original tuple is returned when nothing was replaced.
    """
    result = []
    changed = False
    for base in bases:
        if not issubclass(type(base), type) and hasattr(base, '__mro_entries__'):
            entries = base.__mro_entries__(bases)
            if not isinstance(entries, tuple):
                raise TypeError('__mro_entries__ must return a tuple')
            result.extend(entries)
            changed = True
        else:
            result.append(base)
    return tuple(result) if changed else bases


def _winning_metaclass(candidate, bases):
    """The most derived of candidate and the bases' metaclasses; TypeError if there is none."""
    for base in bases:
        other = type(base)
        if issubclass(candidate, other):
            continue
        if issubclass(other, candidate):
            candidate = other
        else:
            raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                            '(non-strict) subclass of the metaclasses of all its bases')
    return candidate


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a class about to be created."""
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _winning_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would; exec_body(namespace) fills the namespace."""
    final_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, final_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if final_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, final_bases, namespace, **kwds)


def get_original_bases(cls, /):
    """The bases as written in the class statement (before __mro_entries__ replaced any)."""
    if not isinstance(cls, type):
        raise TypeError('Expected an instance of type, not %r' % (type(cls).__name__,))
    return cls.__dict__.get('__orig_bases__', cls.__bases__)


# ---- the types -----------------------------------------------------------------------------

FunctionType = type(new_class)
LambdaType = FunctionType
CodeType = type(new_class.__code__)
CellType = type((lambda captured: lambda: captured)(None).__closure__[0])
GeneratorType = type(x for x in ())
FrameType = type(sys._getframe())
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__.get('fromkeys', str.join))
GetSetDescriptorType = type(FunctionType.__dict__.get('__code__') or type.__dict__['__name__'])
GenericAlias = type(list[int])
UnionType = type(int | str)


class _Samples:
    """Objects whose types are named here."""

    __slots__ = ('slot',)

    def method(self):
        pass

    async def native_coroutine(self):
        pass

    async def async_generator(self):
        yield


MemberDescriptorType = type(_Samples.slot)
MethodType = type(_Samples().method)
AsyncGeneratorType = type(_Samples().async_generator())
_pending = _Samples().native_coroutine()
CoroutineType = type(_pending)
_pending.close()      # never awaited: closed now so no "never awaited" warning is printed
try:
    raise LookupError
except LookupError as _caught:
    TracebackType = type(_caught.__traceback__)
del _Samples, _pending


# ---- SimpleNamespace -----------------------------------------------------------------------

_showing = set()      # ids of the namespaces whose repr is being built (recursion guard)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with.

    SimpleNamespace(mapping_or_iterable=(), /, **kwargs); two namespaces are equal when their
    attributes are.
    """

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        attrs = self.__dict__
        for key, value in dict(mapping_or_iterable).items():
            if not isinstance(key, str):
                raise TypeError('keywords must be strings')
            attrs[key] = value
        attrs.update(kwargs)

    def __repr__(self):
        label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _showing:
            return label + '(...)'
        _showing.add(key)
        try:
            shown = ['%s=%r' % item for item in self.__dict__.items()]
        finally:
            _showing.discard(key)
        return '%s(%s)' % (label, ', '.join(shown))

    def __eq__(self, other):
        if not (isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace)):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__

    def __replace__(self, /, **changes):
        fresh = type(self)(**self.__dict__)
        fresh.__dict__.update(changes)
        return fresh


# ---- DynamicClassAttribute -----------------------------------------------------------------

class DynamicClassAttribute:
    """A property whose class-level access raises AttributeError, so the lookup falls through
    to the metaclass's __getattr__ (enum uses this for members named like a property)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.overwrite_doc = doc is None
        self.__doc__ = getattr(fget, '__doc__', None) if doc is None else doc
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError('unreadable attribute')
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, fget, fset, fdel):
        doc = None if self.overwrite_doc else self.__doc__
        copy = type(self)(fget, fset, fdel, doc)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        return self._copy_with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel)


# ---- coroutine -----------------------------------------------------------------------------

_AWAITABLE_CODE = 0x80 | 0x100      # CO_COROUTINE | CO_ITERABLE_COROUTINE


def coroutine(func):
    """Make a generator function's generators awaitable (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and type(getattr(func, '__code__', None)) is CodeType:
        co = func.__code__
        if co.co_flags & _AWAITABLE_CODE:
            return func
        if co.co_flags & 0x20:      # CO_GENERATOR: its generators are marked when made (as CPython)
            func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
            return func
    import functools
    from _coroutines import mark_iterable_coroutine

    @functools.wraps(func)
    def awaitable(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType:
            mark_iterable_coroutine(result)
        return result
    return awaitable
