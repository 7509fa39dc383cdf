"""Helpers shared by pickle and copy (FreeThreaded VM implementation).

Holds the registry of reduction functions (dispatch_table), the extension-code registry, and
the default reduction of instances that object.__reduce_ex__ delegates to.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of instances of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """The protocol 0/1 reduction of an instance of a user class."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if getattr(base, '__module__', None) == 'builtins' or base is object:
            break
    else:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        getstate = None
    if getstate is not None and type(self).__getstate__ is not _object_getstate:
        d = getstate()
    else:
        d = getattr(self, '__dict__', None) or None
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4 and higher (NEWOBJ_EX)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of cls and its bases (mangled), cached on the class."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# Builtin layouts whose instances (and instances of subclasses) can be rebuilt by
# cls.__new__(cls, *newargs) plus state; anything else native cannot be pickled by default.
_NEWARGS_FROM_VALUE = (int, float, complex, str, bytes, tuple, frozenset)
_object_getstate = getattr(object, "__getstate__", None)


def _default_getstate(obj, required):
    d = getattr(obj, '__dict__', None)
    state = d if d else None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _reduce_object(obj, proto, solid):
    """object.__reduce_ex__(proto) for obj whose first native base is `solid`."""
    cls = type(obj)
    if proto < 2:
        return _reduce_ex(obj, proto)
    if solid not in _picklable_solids and not issubclass(solid, BaseException):
        name = cls.__name__
        module = getattr(cls, '__module__', None)
        if cls is solid and isinstance(module, str) and module != 'builtins':
            name = module + '.' + name
        raise TypeError("cannot pickle %r object" % name)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        elif issubclass(solid, _NEWARGS_FROM_VALUE):
            args = (solid(obj),)
        else:
            args = ()
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = obj.__getstate__()
    else:
        state = _default_getstate(obj, False)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems


_picklable_solids = {object, int, float, complex, str, bytes, bytearray, tuple, list, dict, set,
                     frozenset, BaseException}

# Extension registry (protocol 2 EXT1/EXT2/EXT4 opcodes).
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
