"""Weak references (FreeThreaded VM implementation, written from the weakref documentation).

ref itself is native (_weakref); this module adds proxies, the weak mappings, WeakMethod and
finalize. The mappings keep strong data in a plain dict of weak references; a reference's
callback removes its entry when the referent dies, and every read snapshots the dict first, so
a death during iteration cannot break the loop.
"""

import sys
import operator
from _weakref import getweakrefcount, getweakrefs, ref, ReferenceType, _check_weakrefable
from _weakrefset import WeakSet
import _collections_abc

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# ---- proxies -------------------------------------------------------------------------------

def _referent(p):
    """The object a proxy stands for; ReferenceError once it is gone."""
    target = object.__getattribute__(p, '_target')()
    if target is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return target


def _unary(func):
    return lambda self: func(_referent(self))


def _binary(func):
    return lambda self, other: func(_referent(self), other)


def _reflected(func):
    return lambda self, other: func(other, _referent(self))


def _in_place(func):
    def apply(self, other):
        target = _referent(self)
        result = func(target, other)
        return self if result is target else result
    return apply


class ProxyType:
    """A weak proxy: attribute access and operators go to the referent while it lives."""

    __slots__ = ('_target', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is None:
            watch = ref(obj)
        else:
            me = ref(self)

            def notify(dead):
                still_here = me()
                if still_here is not None:
                    callback(still_here)
            watch = ref(obj, notify)
        object.__setattr__(self, '_target', watch)

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        target = object.__getattribute__(self, '_target')()
        if target is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(target).__name__, id(target))

    def __hash__(self):
        raise TypeError('unhashable type: %r' % ('weakref.' + type(self).__name__,))

    def __bool__(self):
        return bool(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __next__(self):
        return next(_referent(self))

    def __reversed__(self):
        return reversed(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))


_PROXY_UNARY = {'__str__': str, '__len__': len, '__iter__': iter, '__neg__': operator.neg,
                '__pos__': operator.pos, '__abs__': abs, '__invert__': operator.invert,
                '__index__': operator.index, '__int__': int, '__float__': float}
_PROXY_BINARY = {'eq': operator.eq, 'ne': operator.ne, 'lt': operator.lt, 'le': operator.le,
                 'gt': operator.gt, 'ge': operator.ge, 'getitem': operator.getitem}
_PROXY_ARITHMETIC = ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow',
                     'lshift', 'rshift', 'and', 'or', 'xor')

for _name, _func in _PROXY_UNARY.items():
    setattr(ProxyType, _name, _unary(_func))
for _name, _func in _PROXY_BINARY.items():
    setattr(ProxyType, '__%s__' % _name, _binary(_func))
for _name in _PROXY_ARITHMETIC:
    _func = getattr(operator, _name + '_' if _name in ('and', 'or') else _name)
    setattr(ProxyType, '__%s__' % _name, _binary(_func))
    setattr(ProxyType, '__r%s__' % _name, _reflected(_func))
    setattr(ProxyType, '__i%s__' % _name, _in_place(getattr(operator, 'i' + _name)))
setattr(ProxyType, '__divmod__', _binary(divmod))
setattr(ProxyType, '__rdivmod__', _reflected(divmod))
del _name, _func


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj that does not keep it alive; callback(proxy) runs when obj dies."""
    _check_weakrefable(obj)
    kind = CallableProxyType if callable(obj) else ProxyType
    return kind(obj, callback)


# ---- WeakMethod ----------------------------------------------------------------------------

class WeakMethod:
    """A weak reference to a bound method: calling it gives the method again, or None once
    either the object or the function has died."""

    __slots__ = ('_self_ref', '_function_ref', '_method_kind', '_dead', '_on_death', '__weakref__')

    def __init__(self, meth, callback=None):
        try:
            target, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not %s' % (type(meth),)) from None
        self._dead = False
        self._on_death = callback
        self._method_kind = type(meth)
        me = ref(self)

        def part_died(dead):
            owner = me()
            if owner is None or owner._dead:
                return
            owner._dead = True
            if owner._on_death is not None:
                owner._on_death(owner)
        self._self_ref = ref(target, part_died)
        self._function_ref = ref(func, part_died)

    def __call__(self):
        target = self._self_ref()
        func = self._function_ref()
        if target is None or func is None:
            return None
        return self._method_kind(func, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._dead or other._dead:
            return self is other
        return self._self_ref == other._self_ref and self._function_ref == other._function_ref

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __hash__(self):
        return hash((self._self_ref, self._function_ref))


# ---- the weak mappings ---------------------------------------------------------------------

def _as_items(source):
    listing = getattr(source, 'items', None)
    return listing() if listing is not None else dict(source).items()


class _Merging:
    """copy() and the | |= operators, shared by the two weak mappings (they differ only in
    how update() stores an entry)."""

    def copy(self):
        twin = type(self)()
        twin.update(self.items())
        return twin

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self.items())
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_Merging, _collections_abc.MutableMapping):
    """A mapping whose values are held by weak references: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        owner = ref(self)

        def drop(key, dead):
            table = owner()
            if table is not None and table.data.get(key) is dead:
                del table.data[key]
        self._drop = drop
        self.update(other, **kw)

    def _watch(self, key, value):
        drop = self._drop
        return ref(value, lambda dead: drop(key, dead))

    def __setitem__(self, key, value):
        self.data[key] = self._watch(key, value)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        watch = self.data.get(key)
        return watch is not None and watch() is not None

    def __len__(self):
        return sum(1 for watch in list(self.data.values()) if watch() is not None)

    def __iter__(self):
        for key, watch in list(self.data.items()):
            if watch() is not None:
                yield key

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def keys(self):
        return iter(self)

    def values(self):
        for watch in list(self.data.values()):
            value = watch()
            if value is not None:
                yield value

    def items(self):
        for key, watch in list(self.data.items()):
            value = watch()
            if value is not None:
                yield key, value

    def valuerefs(self):
        """The weak references to the values (some may already be dead)."""
        return list(self.data.values())

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def get(self, key, default=None):
        watch = self.data.get(key)
        value = None if watch is None else watch()
        return default if value is None else value

    def pop(self, key, *default):
        watch = self.data.pop(key, None)
        value = None if watch is None else watch()
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, watch = self.data.popitem()
            value = watch()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=None, /, **kwargs):
        table = self.data
        for source in (other, kwargs):
            if source:
                for key, value in _as_items(source):
                    table[key] = self._watch(key, value)

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = type(self)()
        for key, value in self.items():
            twin.update([(deepcopy(key, memo), value)])
        return twin


class WeakKeyDictionary(_Merging, _collections_abc.MutableMapping):
    """A mapping whose keys are held by weak references: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        owner = ref(self)

        def drop(dead):
            table = owner()
            if table is not None:
                table.data.pop(dead, None)
        self._drop = drop
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        self.data[ref(key, self._drop)] = value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            watch = ref(key)
        except TypeError:
            return False
        return watch in self.data

    def __len__(self):
        return sum(1 for watch in list(self.data) if watch() is not None)

    def __iter__(self):
        for watch in list(self.data):
            key = watch()
            if key is not None:
                yield key

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def keys(self):
        return iter(self)

    def values(self):
        for watch, value in list(self.data.items()):
            if watch() is not None:
                yield value

    def items(self):
        for watch, value in list(self.data.items()):
            key = watch()
            if key is not None:
                yield key, value

    def keyrefs(self):
        """The weak references to the keys (some may already be dead)."""
        return list(self.data)

    def get(self, key, default=None):
        try:
            watch = ref(key)
        except TypeError:
            return default
        return self.data.get(watch, default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            watch, value = self.data.popitem()
            key = watch()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._drop), default)

    def update(self, dict=None, /, **kwargs):
        table = self.data
        for source in (dict, kwargs):
            if source:
                for key, value in _as_items(source):
                    table[ref(key, self._drop)] = value

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = type(self)()
        for key, value in self.items():
            twin[key] = deepcopy(value, memo)
        return twin


# ---- finalize ------------------------------------------------------------------------------

class _Pending:
    """What a live finalizer will do: call func(*args, **kwargs) when obj dies."""

    __slots__ = ('watch', 'func', 'args', 'kwargs', 'atexit', 'serial')


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, when obj is
    garbage collected, when the finalizer is called, or at exit (while `atexit` is true).

    A finalizer is alive until one of those happens or it is detached. The pending calls live in
    one class-level dict keyed by finalizer; taking an entry out with dict.pop is what makes a
    call happen at most once, whichever thread gets there first.
    """

    __slots__ = ('__weakref__',)

    _waiting = {}
    _serials = iter(range(1 << 62))
    _exit_hooked = False
    _exiting = False

    def __init__(self, obj, func, /, *args, **kwargs):
        pending = _Pending()
        pending.watch = ref(obj, self)
        pending.func = func
        pending.args = args
        pending.kwargs = kwargs
        pending.atexit = True
        pending.serial = next(finalize._serials)
        finalize._waiting[self] = pending
        if not finalize._exit_hooked:
            finalize._exit_hooked = True
            import atexit
            atexit.register(_finalize_at_exit)

    def __call__(self, _=None):
        """Run the callback now if the finalizer is alive (and return its result)."""
        pending = finalize._waiting.pop(self, None)
        if pending is not None and not finalize._exiting:
            return pending.func(*pending.args, **pending.kwargs)
        return None

    def _current(self):
        pending = finalize._waiting.get(self)
        if pending is None:
            return None, None
        return pending, pending.watch()

    def detach(self):
        """Make the finalizer dead; return (obj, func, args, kwargs) if it was alive."""
        pending, obj = self._current()
        if obj is not None and finalize._waiting.pop(self, None) is not None:
            return obj, pending.func, pending.args, pending.kwargs
        return None

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        pending, obj = self._current()
        if obj is None:
            return None
        return obj, pending.func, pending.args, pending.kwargs

    @property
    def alive(self):
        return self in finalize._waiting

    @property
    def atexit(self):
        pending = finalize._waiting.get(self)
        return pending is not None and pending.atexit

    @atexit.setter
    def atexit(self, value):
        pending = finalize._waiting.get(self)
        if pending is not None:
            pending.atexit = bool(value)

    def __repr__(self):
        pending, obj = self._current()
        where = '%s object at %#x' % (type(self).__name__, id(self))
        if obj is None:
            return '<%s; dead>' % where
        return '<%s; for %r at %#x>' % (where, type(obj).__name__, id(obj))


def _finalize_at_exit():
    """At exit, call the finalizers still marked atexit, newest first."""
    try:
        marked = [(pending.serial, f) for f, pending in list(finalize._waiting.items())
                  if pending.atexit]
        for _, f in sorted(marked, key=operator.itemgetter(0), reverse=True):
            try:
                f()
            except Exception:
                sys.excepthook(*sys.exc_info())
    finally:
        finalize._exiting = True
