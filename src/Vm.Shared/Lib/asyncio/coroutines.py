"""iscoroutine() and iscoroutinefunction() without inspect."""

import collections.abc
import functools
import types

__all__ = ('iscoroutine', 'iscoroutinefunction')

_CO_COROUTINE = 0x80
_is_coroutine = object()


def iscoroutine(obj):
    """True for a coroutine object (or any collections.abc.Coroutine)."""
    return type(obj) is types.CoroutineType or isinstance(obj, collections.abc.Coroutine)


def iscoroutinefunction(func):
    """True for an `async def` function (through methods and functools.partial)."""
    while True:
        if isinstance(func, functools.partial):
            func = func.func
        elif isinstance(func, types.MethodType):
            func = func.__func__
        else:
            break
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)
