"""Utilities for with-statement contexts (the documented contextlib module).

Written from the documentation (docs.python.org/3.13/library/contextlib.html) and the language
reference's description of the with statement.

Generator-based managers: the generator runs up to its one `yield` on entry; on a clean exit it is
resumed and must finish; on an exception the exception is thrown in at the `yield`. If the
generator finishes, the exception counts as handled; if the same exception comes back out (or, by
PEP 479, a RuntimeError caused by a StopIteration thrown in), the with statement re-raises the
original; any other exception replaces it.

Exit stacks keep their exit functions newest last and unwind from the end. `_Unwinding` holds what
an exception-aware unwind needs (the details the next exit function is given, whether something
was suppressed, whether an exit function raised); the synchronous and asynchronous stacks only
differ in whether they await what an exit function returns.
"""

import abc
import os
import sys
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "AbstractAsyncContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


def _implements(candidate, names):
    """__subclasshook__ answer for a protocol: True if every name is defined somewhere in the
    class's MRO and the nearest definition is not None (None opts out)."""
    for name in names:
        for klass in candidate.__mro__:
            if name in vars(klass):
                if vars(klass)[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """ABC for classes with __enter__ (returning self by default) and __exit__."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _implements(C, ('__enter__', '__exit__'))
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """ABC for classes with __aenter__ (returning self by default) and __aexit__."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _implements(C, ('__aenter__', '__aexit__'))
        return NotImplemented


class ContextDecorator:
    """Base class for a context manager that can also decorate a function: each call of the
    function runs inside the manager (a fresh one for one-shot managers)."""

    def _for_one_call(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._for_one_call():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator:
    """As ContextDecorator, for async context managers decorating coroutine functions."""

    def _for_one_call(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._for_one_call():
                return await func(*args, **kwds)
        return run_inside


def _verdict(raised, finished_type, thrown, traceback):
    """What __exit__ returns after throwing `thrown` into the generator made it raise `raised`:
    True (suppressed) if the generator finished; False (the with statement re-raises its own
    exception, with its own traceback) if `thrown` came back out, itself or as the RuntimeError
    PEP 479 wraps around a thrown StopIteration; None if `raised` replaces it."""
    if isinstance(raised, finished_type):
        return raised is not thrown
    if raised is thrown:
        raised.__traceback__ = traceback
        return False
    if (isinstance(raised, RuntimeError) and isinstance(thrown, (StopIteration, StopAsyncIteration))
            and raised.__cause__ is thrown):
        thrown.__traceback__ = traceback
        return False
    return None


class _OneYield:
    """State shared by the generator-based managers: the generator, and the call that made it
    (kept until entry so the decorator form can make a fresh generator per call)."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _for_one_call(self):
        return type(self)(self.func, self.args, self.kwds)

    def _started(self):
        del self.func, self.args, self.kwds


class _GeneratorContextManager(_OneYield, ContextDecorator, AbstractContextManager):
    """The context manager @contextmanager returns."""

    def __enter__(self):
        self._started()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        thrown = typ() if value is None else value
        try:
            gen.throw(thrown)
        except BaseException as raised:
            outcome = _verdict(raised, StopIteration, thrown, traceback)
            if outcome is None:
                raise
            return outcome
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_OneYield, AsyncContextDecorator, AbstractAsyncContextManager):
    """The async context manager @asynccontextmanager returns."""

    async def __aenter__(self):
        self._started()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await gen.aclose()
        thrown = typ() if value is None else value
        try:
            await gen.athrow(thrown)
        except BaseException as raised:
            outcome = _verdict(raised, StopAsyncIteration, thrown, traceback)
            if outcome is None:
                raise
            return outcome
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await gen.aclose()


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""
    @wraps(func)
    def make(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make


def asynccontextmanager(func):
    """Decorator: an async generator function that yields once becomes an async context manager
    factory."""
    @wraps(func)
    def make(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make


class closing(AbstractContextManager):
    """with closing(thing): calls thing.close() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """async with aclosing(thing): awaits thing.aclose() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager (sync and async) that does nothing and gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class _SwapSysStream(AbstractContextManager):
    """Replaces sys.<stream_name> while active; re-entrant (each entry saves what it replaced)."""

    stream_name = None

    def __init__(self, new_target):
        self._target = new_target
        self._replaced = []

    def __enter__(self):
        self._replaced.append(getattr(sys, self.stream_name))
        setattr(sys, self.stream_name, self._target)
        return self._target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self.stream_name, self._replaced.pop())


class redirect_stdout(_SwapSysStream):
    """Send sys.stdout to another file-like object while active."""
    stream_name = 'stdout'


class redirect_stderr(_SwapSysStream):
    """Send sys.stderr to another file-like object while active."""
    stream_name = 'stderr'


class suppress(AbstractContextManager):
    """Swallow the listed exception types (and groups made only of them) raised in the block."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._kinds):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            _, others = excinst.split(self._kinds)
            if others is None:
                return True
            raise others
        return False


class chdir(AbstractContextManager):
    """Change the working directory while active; re-entrant."""

    def __init__(self, path):
        self.path = path
        self._return_to = []

    def __enter__(self):
        self._return_to.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._return_to.pop())


# ---- exit stacks --------------------------------------------------------------------------------

def _protocol_method(obj, name):
    """The method `name` of obj's type (special methods are looked up on the type), or None."""
    return getattr(type(obj), name, None)


def _no_protocol(obj, what):
    kind = type(obj)
    return TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the {what} protocol")


def _rebase_context(new, seen, outer):
    """An exit function raised `new` while the with statement was handling `outer`; the chain of
    `new` must end at `seen` (the exception that exit function was given) instead."""
    link = new
    while True:
        prior = link.__context__
        if prior is None or prior is seen:
            return
        if prior is outer:
            link.__context__ = seen
            return
        link = prior


def _raise_as_is(error):
    """Raise error without letting the raise chain it to the exception being handled."""
    context = error.__context__
    try:
        raise error
    except BaseException:
        error.__context__ = context
        raise


class _Unwinding:
    def __init__(self, exc_details):
        self.details = exc_details
        self.had_exception = exc_details[0] is not None
        self.outer = sys.exception()
        self.suppressed = False
        self.failed = False

    def returned(self, result):
        if result:
            self.suppressed = True
            self.failed = False
            self.details = (None, None, None)

    def raised(self, error):
        _rebase_context(error, self.details[1], self.outer)
        self.failed = True
        self.details = (type(error), error, error.__traceback__)

    def outcome(self):
        if self.failed:
            _raise_as_is(self.details[1])
        return self.had_exception and self.suppressed


class _ExitFunctions:
    """The list of registered exit functions, each (function, awaited)."""

    def __init__(self):
        self._pending = []

    def pop_all(self):
        """Move every registered exit function to a new stack of the same type and return it."""
        moved = type(self)()
        moved._pending, self._pending = self._pending, []
        return moved

    def _register(self, exit_fn, awaited=False):
        self._pending.append((exit_fn, awaited))

    def _register_exit_of(self, obj, method_name, awaited):
        method = _protocol_method(obj, method_name)
        if method is None:
            self._register(obj, awaited)        # a plain function with __exit__'s signature
        else:
            self._register(MethodType(method, obj), awaited)
        return obj

    @staticmethod
    def _protocol_pair(cm, enter_name, exit_name, what):
        enter = _protocol_method(cm, enter_name)
        leave = _protocol_method(cm, exit_name)
        if enter is None or leave is None:
            raise _no_protocol(cm, what) from None
        return enter, leave

    def push(self, exit):
        """Register a context manager's __exit__, or a callable with the same signature."""
        return self._register_exit_of(exit, '__exit__', False)

    def enter_context(self, cm):
        """Enter cm and register its __exit__; returns what __enter__ returned."""
        enter, leave = self._protocol_pair(cm, '__enter__', '__exit__', 'context manager')
        result = enter(cm)
        self._register(MethodType(leave, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on unwinding; returns callback."""
        def on_exit(exc_type, exc, tb):
            callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._register(on_exit)
        return callback


class ExitStack(_ExitFunctions, AbstractContextManager):
    """A context manager that unwinds a dynamic set of exit functions and context managers,
    newest first, passing each the exception (if any) left by the previous ones."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._pending:
            exit_fn, _ = self._pending.pop()
            try:
                state.returned(exit_fn(*state.details))
            except BaseException as error:
                state.raised(error)
        return state.outcome()

    def close(self):
        """Unwind now, as on leaving the with block without an exception."""
        self.__exit__(None, None, None)


class AsyncExitStack(_ExitFunctions, AbstractAsyncContextManager):
    """ExitStack that can also hold async context managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter the async context manager cm and register its __aexit__."""
        enter, leave = self._protocol_pair(cm, '__aenter__', '__aexit__', 'asynchronous context manager')
        result = await enter(cm)
        self._register(MethodType(leave, cm), True)
        return result

    def push_async_exit(self, exit):
        """Register an async context manager's __aexit__, or a coroutine function with its signature."""
        return self._register_exit_of(exit, '__aexit__', True)

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function call callback(*args, **kwds); returns callback."""
        async def on_exit(exc_type, exc, tb):
            await callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._register(on_exit, True)
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._pending:
            exit_fn, awaited = self._pending.pop()
            try:
                result = exit_fn(*state.details)
                if awaited:
                    result = await result
                state.returned(result)
            except BaseException as error:
                state.raised(error)
        return state.outcome()
