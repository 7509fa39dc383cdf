"""asyncio.Future: a result that will exist later, bound to one event loop.

A future is pending until set_result, set_exception or cancel; then each done callback is
scheduled once with loop.call_soon, in the order they were added, inside the context they
were added with. `await future` yields the future itself to the task driving the coroutine
(the task then waits on it) and returns its result. Futures are not thread-safe: use
loop.call_soon_threadsafe to touch one from another thread."""

import concurrent.futures
import contextvars
import types

from . import exceptions
from . import running
from .inspection import isfuture

__all__ = ('Future', 'wrap_future', 'isfuture')

PENDING = 'PENDING'
CANCELLED = 'CANCELLED'
FINISHED = 'FINISHED'


def _describe_callback(fn):
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    return f'{name}()' if name else repr(fn)


class Future:
    # The awaiting protocol's flag: True while the future has been yielded to a task that has
    # not yet started waiting on it. Its presence on the class is what isfuture() checks.
    _asyncio_future_blocking = False

    # Set by Task for the tasks that run_until_complete and gather make themselves.
    _warn_if_destroyed = True

    def __init__(self, *, loop=None):
        self._loop = running.get_event_loop() if loop is None else loop
        self._state = PENDING
        self._value = None
        self._error = None
        self._error_tb = None
        self._callbacks = []
        self._cancel_msg = None
        self._unretrieved = False       # an exception nobody has looked at yet

    __class_getitem__ = classmethod(types.GenericAlias)

    # --- state queries -----------------------------------------------------------------

    def done(self):
        return self._state is not PENDING

    def cancelled(self):
        return self._state is CANCELLED

    def get_loop(self):
        return self._loop

    def _cancellation(self):
        """The CancelledError that result() and exception() raise for a cancelled future."""
        msg = self._cancel_msg
        return exceptions.CancelledError() if msg is None else exceptions.CancelledError(msg)

    def result(self):
        state = self._state
        if state is FINISHED:
            self._unretrieved = False
            error = self._error
            if error is not None:
                raise error.with_traceback(self._error_tb)
            return self._value
        if state is CANCELLED:
            raise self._cancellation()
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        state = self._state
        if state is FINISHED:
            self._unretrieved = False
            return self._error
        if state is CANCELLED:
            raise self._cancellation()
        raise exceptions.InvalidStateError('Exception is not set.')

    # --- completing --------------------------------------------------------------------

    def _refuse_if_done(self):
        if self._state is not PENDING:
            raise exceptions.InvalidStateError(f'{self._state}: {self!r}')

    def set_result(self, result):
        self._refuse_if_done()
        self._value = result
        self._state = FINISHED
        self._run_callbacks()

    def set_exception(self, exception):
        self._refuse_if_done()
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            replacement = RuntimeError('StopIteration interacts badly with generators and '
                                       'cannot be raised into a Future')
            replacement.__cause__ = exception
            replacement.__context__ = exception
            exception = replacement
        self._error = exception
        self._error_tb = exception.__traceback__
        self._state = FINISHED
        self._unretrieved = True
        self._run_callbacks()

    def cancel(self, msg=None):
        self._unretrieved = False
        if self._state is not PENDING:
            return False
        self._state = CANCELLED
        self._cancel_msg = msg
        self._run_callbacks()
        return True

    def _run_callbacks(self):
        waiting = self._callbacks
        if not waiting:
            return
        self._callbacks = []
        schedule = self._loop.call_soon
        for fn, ctx in waiting:
            schedule(fn, self, context=ctx)

    # --- callbacks ---------------------------------------------------------------------

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state is PENDING:
            self._callbacks.append((fn, context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    # --- awaiting ----------------------------------------------------------------------

    def __await__(self):
        if self._state is PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state is PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    # --- reporting ---------------------------------------------------------------------

    def _repr_parts(self):
        parts = [self._state.lower()]
        if self._state is FINISHED:
            if self._error is not None:
                parts.append(f'exception={self._error!r}')
            else:
                parts.append(f'result={self._value!r}')
        if self._callbacks:
            shown = [_describe_callback(fn) for fn, _ in self._callbacks]
            if len(shown) > 2:
                shown = [shown[0], f'<{len(shown) - 2} more>', shown[-1]]
            parts.append(f"cb=[{', '.join(shown)}]")
        return parts

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_parts())}>"

    def __del__(self):
        if not self._unretrieved:
            return
        error = self._error
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': error,
            'future': self,
        })


# --- bridging concurrent.futures.Future ----------------------------------------------------

def _as_asyncio_error(error):
    """concurrent.futures raises its own CancelledError / InvalidStateError; asyncio code
    expects asyncio's."""
    if isinstance(error, concurrent.futures.CancelledError):
        return exceptions.CancelledError(*error.args)
    if isinstance(error, concurrent.futures.InvalidStateError):
        return exceptions.InvalidStateError(*error.args)
    return error


def _copy_outcome(src, dst):
    """Give `dst` the outcome of the finished future `src`; either may be an asyncio future or
    a concurrent.futures one. A `dst` that is already done (cancelled) is left alone."""
    if src.cancelled():
        dst.cancel()
        return
    if isfuture(dst):
        if dst.done():
            return
    elif not dst.set_running_or_notify_cancel():
        return
    error = src.exception()
    if error is not None:
        dst.set_exception(_as_asyncio_error(error))
    else:
        dst.set_result(src.result())


def _link(src, dst):
    """Make `dst` finish the way `src` does, and cancelling `dst` cancel `src`. Either may be
    an asyncio future (touched only in its loop's thread) or a concurrent.futures one."""
    src_loop = src.get_loop() if isfuture(src) else None
    dst_loop = dst.get_loop() if isfuture(dst) else None

    def on_dst_done(fut):
        if not fut.cancelled():
            return
        if src_loop is None or src_loop is dst_loop:
            src.cancel()
        elif not src_loop.is_closed():
            src_loop.call_soon_threadsafe(src.cancel)

    def on_src_done(fut):
        if dst.cancelled() and dst_loop is not None:
            return
        if dst_loop is None or dst_loop is src_loop:
            _copy_outcome(fut, dst)
        elif not dst_loop.is_closed():
            dst_loop.call_soon_threadsafe(_copy_outcome, fut, dst)

    dst.add_done_callback(on_dst_done)
    src.add_done_callback(on_src_done)


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future (returned as is if it is
    already an asyncio future)."""
    if isfuture(future):
        return future
    if not isinstance(future, concurrent.futures.Future):
        raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = running.get_event_loop()
    follower = loop.create_future()
    _link(future, follower)
    return follower
