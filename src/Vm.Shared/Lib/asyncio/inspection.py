"""Recognising coroutines, coroutine functions and futures (asyncio.iscoroutine,
asyncio.iscoroutinefunction, asyncio.isfuture)."""

import collections.abc
import functools
import types

__all__ = ('iscoroutine', 'iscoroutinefunction', 'isfuture')

_COROUTINE_FLAG = 0x80          # CO_COROUTINE in a code object's co_flags
_known_coroutine_types = {types.CoroutineType}


def iscoroutine(obj):
    """True for a coroutine object (a native one or any registered collections.abc.Coroutine)."""
    kind = type(obj)
    if kind in _known_coroutine_types:
        return True
    if isinstance(obj, collections.abc.Coroutine):
        # Remember the type, but only a few of them: the check above stays a set lookup.
        if len(_known_coroutine_types) < 100:
            _known_coroutine_types.add(kind)
        return True
    return False


def iscoroutinefunction(func):
    """True for an `async def` function, also seen through bound methods and functools.partial."""
    while True:
        if isinstance(func, functools.partial):
            func = func.func
        elif isinstance(func, types.MethodType):
            func = func.__func__
        else:
            break
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & _COROUTINE_FLAG:
        return True
    return getattr(func, '_is_coroutine', None) is _marker


_marker = object()


def isfuture(obj):
    """True for an asyncio Future or Task, or any object following the Future protocol
    (its class defines `_asyncio_future_blocking` and the instance's value is not None)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)
