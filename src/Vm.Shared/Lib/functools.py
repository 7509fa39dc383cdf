"""Tools for higher-order functions: wrappers, caches, comparison helpers and generic functions.

Written for the FreeThreaded VM from the documentation of the functools module. reduce, partial,
cmp_to_key and the core of the LRU cache are native (the _functools module); this file adds the
decorators built on them.
"""

from _functools import reduce, partial, cmp_to_key
from _functools import _lru_cache_wrapper as _native_cache
from abc import get_cache_token
from collections import namedtuple
import types as _types
from types import GenericAlias

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# ---------------------------------------------------------------------------- wrappers

# The attributes a wrapper takes over from the function it wraps (documented values).
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copy the metadata of wrapped onto wrapper, record wrapped as __wrapped__, return wrapper."""
    for name in assigned:
        # An attribute the wrapped object lacks is skipped; one the wrapper refuses is an error.
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        try:
            setattr(wrapper, name, value)
        except AttributeError:
            # VM difference: our functions' __type_params__ is read-only; skip it, as CPython
            # would have nothing to report for it either. Any other refusal is the caller's.
            if name != '__type_params__':
                raise
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied in from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): wraps(f)(g) is update_wrapper(g, f)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------------------- total_ordering

# Each missing comparison is computed from the one the class defines (its "root") and ==.
# How the root's answer r turns into the derived answer, for a and b:
def _use_negation(r, a, b):
    return not r


def _use_or_equal(r, a, b):
    return r or a == b


def _use_and_unequal(r, a, b):
    return r and a != b


def _use_negation_and_unequal(r, a, b):
    return not r and a != b


def _use_negation_or_equal(r, a, b):
    return not r or a == b


# root -> {derived operation: rule}. The roots are tried in this order (documented: the class
# needs just one; with several, this one is used).
_ORDERING_RULES = {
    '__lt__': {'__gt__': _use_negation_and_unequal, '__le__': _use_or_equal,
               '__ge__': _use_negation},
    '__le__': {'__ge__': _use_negation_or_equal, '__lt__': _use_and_unequal,
               '__gt__': _use_negation},
    '__gt__': {'__lt__': _use_negation_and_unequal, '__ge__': _use_or_equal,
               '__le__': _use_negation},
    '__ge__': {'__le__': _use_negation_or_equal, '__gt__': _use_and_unequal,
               '__lt__': _use_negation},
}


def _derived_comparison(cls, root, name, rule):
    def compare(self, other):
        answer = getattr(type(self), root)(self, other)
        if answer is NotImplemented:
            return answer
        return rule(answer, self, other)
    compare.__name__ = name
    compare.__qualname__ = f'{cls.__qualname__}.{name}'
    return compare


def total_ordering(cls):
    """Class decorator: fill in the rich comparisons the class leaves out from the one it defines."""
    defined = [op for op in _ORDERING_RULES
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name, rule in _ORDERING_RULES[root].items():
        if name not in defined:
            setattr(cls, name, _derived_comparison(cls, root, name, rule))
    return cls


# ---------------------------------------------------------------------------- lru_cache / cache

# The type of cache_info() results; programs print it as CacheInfo(hits=.., ...).
_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _lru_cache_wrapper(_native_cache):
    """The native cache, plus __get__ so a cached function defined in a class binds like one.
    (Named as CPython's type: type(f).__name__ and repr(f) show it.)"""

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _types.MethodType(self, instance)


def _make_cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    settings = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(settings)
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Memoise a function, keeping the maxsize most recently used results (None: no limit).

    Used bare (@lru_cache) it caches with the default size. typed=True keeps arguments of
    different types (1 and 1.0) apart.
    """
    if callable(maxsize) and isinstance(typed, bool):
        return _make_cached(maxsize, 128, typed)
    if isinstance(maxsize, int):
        size = max(maxsize, 0)
    elif maxsize is None:
        size = None
    else:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _make_cached(user_function, size, typed)


def cache(user_function, /):
    """An unbounded cache: lru_cache(maxsize=None)(user_function)."""
    return _make_cached(user_function, None, False)


# ---------------------------------------------------------------------------- cached_property

_ABSENT = object()


class cached_property:
    """A property computed on first access and then kept in the instance's __dict__.

    The stored value shadows the descriptor afterwards; deleting it makes the next access
    compute it again. No lock is taken (documented since 3.12).
    """

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is not None and self.attrname != name:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        kind = type(instance).__name__
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance to cache "
                            f"{name!r} property.") from None
        value = storage.get(name, _ABSENT)
        if value is _ABSENT:
            value = self.func(instance)
            try:
                storage[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not support "
                                f"item assignment for caching {name!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------------------- partialmethod

class partialmethod:
    """Like partial, but a descriptor: the preset arguments follow self (or cls) in the call."""

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # Flatten: the inner preset arguments come first, the outer keywords override.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(repr(a) for a in self.args)
        shown.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        kind = type(self)
        return f"{kind.__module__}.{kind.__qualname__}({', '.join(shown)})"

    def _as_function(self):
        # A function taking self first: what the class attribute looks like, and what gets bound
        # when func is not a descriptor. inspect.signature reads the _partialmethod attribute.
        func, preset, preset_kw = self.func, self.args, self.keywords

        def method(owner_or_self, /, *args, **keywords):
            return func(owner_or_self, *preset, *args, **{**preset_kw, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        binder = getattr(type(self.func), '__get__', None)
        if binder is not None:
            bound = binder(self.func, obj, cls)
            if bound is not self.func:
                # A bound method, a classmethod's binding, a staticmethod's function...
                return partial(bound, *self.args, **self.keywords)
        method = self._as_function()
        return method if obj is None else _types.MethodType(method, obj)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------------------- singledispatch

def _is_dispatch_class(candidate):
    """A class, or a union (int | str, typing.Union[...]) whose members are all classes."""
    if isinstance(candidate, type):
        return True
    members = _union_members(candidate)
    return members is not None and all(isinstance(m, type) for m in members)


def _union_members(candidate):
    if isinstance(candidate, _types.UnionType):
        return candidate.__args__
    origin = getattr(candidate, '__origin__', None)
    if origin is not None and getattr(origin, '_name', None) == 'Union':
        return candidate.__args__
    return None


def _best_implementation(cls, registry):
    """The implementation for cls: the registered class nearest to cls in its MRO, where an ABC
    cls is a (possibly virtual) subclass of ranks just after the last MRO class that is one too."""
    mro = cls.__mro__
    best = None
    best_rank = None
    for registered in registry:
        if registered in mro:
            rank = mro.index(registered)
        else:
            try:
                if not issubclass(cls, registered):
                    continue
            except TypeError:
                continue
            rank = max(i for i, klass in enumerate(mro) if issubclass(klass, registered)) + 0.5
        if best is None or rank < best_rank:
            best, best_rank = registered, rank
        elif rank == best_rank and best is not registered:
            if issubclass(registered, best):
                best = registered
            elif not issubclass(best, registered):
                raise RuntimeError(f'Ambiguous dispatch: {best} or {registered}')
    return registry[best] if best is not None else registry[object]


def singledispatch(func):
    """Turn func into a generic function that picks an implementation by its first argument's type.

    Implementations are added with .register(cls, impl), @register(cls) or @register on a
    function whose first parameter is annotated with a class or a union of classes.
    """
    implementations = {object: func}
    # Shared by every thread calling the function. chosen caches class -> implementation.
    # register() (or a change of abc's cache token) first changes what a lookup would find,
    # then bumps generation, then empties chosen; a thread whose lookup ran meanwhile drops the
    # entry it stored when it sees the generation moved, so no stale entry outlives the change.
    chosen = {}
    generation = 0
    abc_token = None    # abc's cache token once an ABC is registered (virtual subclasses change)

    def dispatch(cls):
        """The implementation that would run for an argument of type cls."""
        nonlocal abc_token, generation
        if abc_token is not None:
            token = get_cache_token()
            if token != abc_token:
                abc_token = token
                generation += 1
                chosen.clear()
        try:
            return chosen[cls]
        except KeyError:
            pass
        seen = generation
        impl = chosen[cls] = _best_implementation(cls, implementations)
        if generation != seen:
            chosen.pop(cls, None)
        return impl

    def register(cls, func=None):
        """Register func (or the decorated function) for cls."""
        nonlocal abc_token, generation
        if func is None and not _is_dispatch_class(cls):
            func, cls = cls, _annotated_class(cls)
        elif func is None:
            return lambda f: register(cls, f)
        elif not _is_dispatch_class(cls):
            raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class '
                            'or union type.')
        for klass in _union_members(cls) or (cls,):
            implementations[klass] = func
            if abc_token is None and hasattr(klass, '__abstractmethods__'):
                abc_token = get_cache_token()
        generation += 1
        chosen.clear()
        return func

    def generic(*args, **kwargs):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kwargs)

    name = getattr(func, '__name__', 'singledispatch function')
    generic.register = register
    generic.dispatch = dispatch
    generic.registry = _types.MappingProxyType(implementations)
    update_wrapper(generic, func)
    return generic


def _annotated_class(func):
    """The class named by the annotation of func's first parameter (for plain @register)."""
    annotations = getattr(func, '__annotations__', None)
    source = func
    if annotations is None and isinstance(func, (classmethod, staticmethod)):
        # VM difference: our classmethod/staticmethod objects do not expose the wrapped
        # function's __annotations__ (CPython's do); read them from __func__.
        source = func.__func__
        annotations = getattr(source, '__annotations__', None)
    if not annotations:
        raise TypeError(f'Invalid first argument to `register()`: {func!r}. Use either '
                        '`@register(some_class)` or plain `@register` on an annotated function.')
    param, target = next(iter(annotations.items()))
    if isinstance(target, str):
        target = eval(target, getattr(source, '__globals__', {}))
    if not _is_dispatch_class(target):
        if _union_members(target) is not None:
            raise TypeError(f'Invalid annotation for {param!r}. {target!r} not all arguments '
                            'are classes.')
        raise TypeError(f'Invalid annotation for {param!r}. {target!r} is not a class.')
    return target


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self (or cls).

    The undecorated callable may be a function, a classmethod or a staticmethod; so may the
    registered implementations.
    """

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method for cls, as singledispatch's register() does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch
        name = getattr(self.func, '__name__', 'singledispatchmethod method')

        def method(*args, **kwargs):
            if not args:
                raise TypeError(f'{name} requires at least 1 positional argument')
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
