"""Registries shared by pickle and copy, and the default reduction of instances (the copyreg
module, FreeThreaded VM).

- dispatch_table: type -> reduction function, filled by pickle() (complex and the union type
  are registered here).
- The extension registry: (module, name) <-> integer code, written as EXT1/EXT2/EXT4 by
  protocols 2+. The unpickler caches what each code resolved to in _extension_cache.
- object.__reduce_ex__ (native, Modules/PickleSupport.cs) asks _reduce_object, passing the
  first native type of the class's MRO; _default_getstate is object.__getstate__.
Names a pickle refers to (_reconstructor, __newobj__, __newobj_ex__) and the names pickle
reads (_extension_registry, _inverted_registry, _extension_cache) are CPython's.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function(obj) the reduction of the instances of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Declare object a constructor of pickled values: it must be callable."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(complex, pickle_complex, complex)
try:
    pickle(type(int | str), pickle_union)
except TypeError:
    pass


# -- extension codes ----------------------------------------------------------------------------

def add_extension(module, name, code):
    """Give module.name the extension code (1 to 2**31 - 1); registering it again is allowed."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    old_code = _extension_registry.get(key)
    old_key = _inverted_registry.get(code)
    if old_code == code and old_key == key:
        return
    if old_code is not None:
        raise ValueError("key %s is already registered with code %s" % (key, old_code))
    if old_key is not None:
        raise ValueError("code %s is already in use for key %s" % (code, old_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister the extension code of module.name (it must be registered with that code)."""
    key = (module, name)
    if (key, code) != (_inverted_registry.get(code), _extension_registry.get(key)):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


# -- rebuilding instances -----------------------------------------------------------------------

def _reconstructor(cls, base, state):
    """Rebuild an instance pickled by protocol 0 or 1: a cls made the way its native base
    makes one from state (object: without arguments)."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def __newobj__(cls, *args):
    """What NEWOBJ does (protocol 2+): cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """What NEWOBJ_EX does (protocol 4+): cls.__new__(cls, *args, **kwargs)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The slot names of cls and its bases, class by class along the MRO; private names come
    mangled, __dict__ and __weakref__ are left out. Kept as cls.__slotnames__ where possible."""
    known = cls.__dict__.get('__slotnames__')
    if known is not None:
        return known
    found = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get('__slots__')
        if declared is None:
            continue
        for slot in ((declared,) if isinstance(declared, str) else declared):
            if slot == '__dict__' or slot == '__weakref__':
                continue
            owner = klass.__name__.lstrip('_')
            if owner and slot.startswith('__') and not slot.endswith('__'):
                slot = '_' + owner + slot
            found.append(slot)
    try:
        cls.__slotnames__ = found
    except (AttributeError, TypeError):
        pass
    return found


_object_getstate = object.__getstate__


def _default_getstate(obj, required=False):
    """object.__getstate__(): the instance dict (None if empty) and, when the class has slots,
    (that, {slot: value} of the slots that are set)."""
    attrs = getattr(obj, '__dict__', None) or None
    slot_values = {}
    for slot in _slotnames(type(obj)):
        value = getattr(obj, slot, _unset)
        if value is not _unset:
            slot_values[slot] = value
    return (attrs, slot_values) if slot_values else attrs


_unset = object()

# Native layouts whose instances (of subclasses too) __new__ plus state can rebuild; any
# other native object (a lock, a file) cannot be pickled by default.
_REBUILDABLE = (object, int, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset)
# Those whose value is the argument __new__ needs (CPython's __getnewargs__ of these types).
_VALUE_IS_NEWARG = (int, float, complex, str, bytes, tuple, frozenset)


def _native_base(cls):
    """Best guess of the first native type in cls's MRO (the VM passes the exact one to
    _reduce_object): a class statement puts __module__ in the class dict, a native type not."""
    for klass in cls.__mro__:
        if '__module__' not in klass.__dict__:
            return klass
    return object


def _reduce_ex(self, proto):
    """Reduction of an instance for protocols 0 and 1."""
    return _reduce_before_2(self, _native_base(type(self)))


def _reduce_before_2(obj, native):
    cls = type(obj)
    if native is object:
        state = None
    elif native is cls:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    else:
        state = native(obj)
    rebuild = (cls, native, state)
    if type(obj).__getstate__ is _object_getstate:
        if getattr(obj, '__slots__', None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        extra = getattr(obj, '__dict__', None)
    else:
        extra = obj.__getstate__()
    if extra:
        return _reconstructor, rebuild, extra
    return _reconstructor, rebuild


def _new_arguments(obj, native):
    """(args, kwargs) for cls.__new__, from __getnewargs_ex__ or __getnewargs__ (or the value of
    a number, string or tuple)."""
    hook = getattr(obj, '__getnewargs_ex__', None)
    if hook is not None:
        pair = hook()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    hook = getattr(obj, '__getnewargs__', None)
    if hook is not None:
        args = hook()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    if issubclass(native, _VALUE_IS_NEWARG):
        return (native(obj),), None
    return (), None


class _MethodProbe:
    def probe(self):
        pass


_BoundMethod = type(_MethodProbe().probe)
del _MethodProbe


def _reduce_object(obj, proto, native):
    """object.__reduce_ex__(proto) for obj, whose first native base type is `native`."""
    if native is _BoundMethod:
        # A bound method is found again on its object by name (CPython's method.__reduce__).
        return getattr, (obj.__self__, obj.__func__.__name__)
    if proto < 2:
        return _reduce_before_2(obj, native)
    cls = type(obj)
    if native not in _REBUILDABLE and not issubclass(native, BaseException):
        shown = cls.__name__
        module = getattr(cls, '__module__', None)
        if cls is native and isinstance(module, str) and module != 'builtins':
            shown = module + '.' + shown
        raise TypeError("cannot pickle %r object" % shown)
    args, kwargs = _new_arguments(obj, native)
    if cls.__getstate__ is _object_getstate:
        state = _default_getstate(obj)
    else:
        state = obj.__getstate__()
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, items, pairs
    return __newobj__, (cls,) + args, state, items, pairs
