"""Shallow and deep copying (our implementation, written from the copy module's documentation).

copy(x) and deepcopy(x[, memo]) use, in this order: the built-in handling of a type, the class's
__copy__ / the object's __deepcopy__(memo), a reducer registered in copyreg.dispatch_table,
x.__reduce_ex__(4), x.__reduce__(). replace(obj, **changes) calls obj's __replace__.

The memo dict of deepcopy maps id(original) -> copy for every object that was copied (not for
objects that are their own copy), and memo[id(memo)] is a list keeping the originals alive so
their ids stay unique while the copy runs; __deepcopy__ implementations rely on both.
"""

import types as _types
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error   # the old name, kept as an alias


def _own_copy_types():
    """Types whose instances are immutable or identity-like: both copies return the object itself."""
    import weakref
    return frozenset({
        type(None), type(Ellipsis), type(NotImplemented), bool, int, float, complex, str, bytes,
        range, type, property, weakref.ref, _types.CodeType, _types.FunctionType,
        _types.BuiltinFunctionType,
    })


_SELF_COPY = _own_copy_types()
# copy() also returns these as they are (their items are shared either way); deepcopy copies them
# (a slice too: its reduction makes a new one).
_SHALLOW_SELF = _SELF_COPY | {tuple, frozenset, slice}
# Shallow copies made directly. A bound method's copy is what CPython's reduction of it,
# getattr(self, name), gives: the same function bound to the same object (our method objects have
# no reduction).
_SHALLOW_BY_METHOD = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy,
                      _types.MethodType: lambda m: type(m)(m.__func__, m.__self__)}
_MISSING = object()


def _reduce_for_copy(x, cls, depth_word):
    """The reduction tuple (or a str: the object is a global, copied as itself) copy uses."""
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    method = getattr(x, "__reduce_ex__", None)
    if method is not None:
        return method(4)
    method = getattr(x, "__reduce__", None)
    if method is None:
        raise Error(f"un({depth_word})copyable object of type {cls}")
    return method()


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_SELF:
        return x
    method = _SHALLOW_BY_METHOD.get(cls)
    if method is not None:
        return method(x)
    if issubclass(cls, type):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    reduced = _reduce_for_copy(x, cls, "shallow")
    if isinstance(reduced, str):
        return x
    return _rebuild(x, reduced, None)


def deepcopy(x, memo=None):
    """Return a deep copy of x. memo, when given, is the dict of copies made so far (see above)."""
    key = id(x)
    if memo is None:
        memo = {}
    else:
        done = memo.get(key, _MISSING)
        if done is not _MISSING:
            return done
    cls = type(x)
    if cls in _SELF_COPY:
        return x
    maker = _DEEP_BUILTIN.get(cls)
    if maker is not None:
        y = maker(x, memo, key)
    elif issubclass(cls, type):
        return x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        else:
            reduced = _reduce_for_copy(x, cls, "deep")
            if isinstance(reduced, str):
                return x
            y = _rebuild(x, reduced, memo)
    if y is not x:
        memo[key] = y
        originals = memo.get(id(memo))
        if originals is None:
            memo[id(memo)] = [x]
        else:
            originals.append(x)
    return y


# The copiers below get id(x) from deepcopy (each id() past the small ints is an allocation).
# The container copiers below look at each item's type first: an item whose type copies as
# itself is taken as it is unless memo already names it (what deepcopy(item, memo) would do,
# without the call).

def _deep_list(x, memo, key):
    result = []
    memo[key] = result            # before the items: a list that contains itself
    add = result.append
    for item in x:
        if type(item) in _SELF_COPY and id(item) not in memo:
            add(item)
        else:
            add(deepcopy(item, memo))
    return result


def _deep_dict(x, memo, key):
    result = {}
    memo[key] = result
    for k, v in x.items():
        # The value is copied before the key, the order of `result[copy(k)] = copy(v)`.
        if type(v) not in _SELF_COPY or id(v) in memo:
            v = deepcopy(v, memo)
        if type(k) not in _SELF_COPY or id(k) in memo:
            k = deepcopy(k, memo)
        result[k] = v
    return result


def _deep_tuple(x, memo, key):
    items = []
    changed = False
    for item in x:
        if type(item) in _SELF_COPY and id(item) not in memo:
            items.append(item)
            continue
        new = deepcopy(item, memo)
        if new is not item:
            changed = True
        items.append(new)
    # An item may have led back to this tuple and copied it already: use that copy.
    earlier = memo.get(key, _MISSING)
    if earlier is not _MISSING:
        return earlier
    return tuple(items) if changed else x


def _deep_bytearray(x, memo, key):
    return bytearray(x)         # what its reduction (bytearray, (bytes(x),)) rebuilds


def _deep_bound_method(x, memo, key):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP_BUILTIN = {list: _deep_list, dict: _deep_dict, tuple: _deep_tuple, bytearray: _deep_bytearray,
                 _types.MethodType: _deep_bound_method}


def _set_state(obj, state):
    """Restore reduced state: obj.__setstate__(state), else a dict and/or (dict, slot dict) pair."""
    setter = getattr(obj, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        obj.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(obj, name, value)


def _rebuild(x, reduced, memo):
    """Make the copy a reduction tuple (callable, args[, state[, list items[, dict items]]]) describes.
    memo is None for a shallow copy; otherwise the parts are deep-copied through it."""
    n = len(reduced)
    if not 2 <= n <= 5:     # CPython passes the tuple on as _reconstruct's arguments: its TypeErrors
        if n > 5:
            raise TypeError(f"_reconstruct() takes from 4 to 7 positional arguments but {n + 2} were given")
        raise TypeError("_reconstruct() missing 1 required positional argument: 'args'" if n == 1
                        else "_reconstruct() missing 2 required positional arguments: 'func' and 'args'")
    factory, args = reduced[0], reduced[1]
    state = reduced[2] if n > 2 else None
    list_items = reduced[3] if n > 3 else None
    dict_items = reduced[4] if n > 4 else None
    if memo is None:
        y = factory(*args)
        if state is not None:
            _set_state(y, state)
        if list_items is not None:
            for item in list_items:
                y.append(item)
        if dict_items is not None:
            for k, v in dict_items:
                y[k] = v
        return y
    if args:
        args = [deepcopy(a, memo) for a in args]
    y = factory(*args)
    memo[id(x)] = y               # before the state: the state may refer back to x
    if state is not None:
        _set_state(y, deepcopy(state, memo))
    if list_items is not None:
        for item in list_items:
            y.append(deepcopy(item, memo))
    if dict_items is not None:
        for k, v in dict_items:
            k = deepcopy(k, memo)
            y[k] = deepcopy(v, memo)
    return y


def replace(obj, /, **changes):
    """Return a copy of obj with the given fields changed, made by obj's class's __replace__."""
    method = getattr(type(obj), "__replace__", None)
    if method is None:
        raise TypeError(f"replace() does not support {type(obj).__name__} objects")
    return method(obj, **changes)
