"""Functions that wait on several awaitables or on time: sleep, gather, shield, wait,
wait_for, as_completed (the asyncio-task documentation's "Running Tasks Concurrently",
"Shielding From Cancellation", "Waiting Primitives" and "Sleeping" sections)."""

import collections
import math

from . import exceptions
from . import running
from .future import Future
from .inspection import iscoroutine, isfuture
from .task import ensure_future

__all__ = ('sleep', 'gather', 'shield', 'wait', 'wait_for', 'as_completed',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _settle(fut, value=None):
    if not fut.done():
        fut.set_result(value)


def _cancelled_error_of(fut):
    """The CancelledError a cancelled future would raise, without raising it."""
    try:
        fut.result()
    except exceptions.CancelledError as error:
        return error
    return exceptions.CancelledError()


# --- sleep ------------------------------------------------------------------------------

class _OneTurn:
    """Awaiting it yields None once: the task running the await schedules its next step
    behind everything already ready, which is all sleep(0) promises. (An object with
    __await__ rather than a types.coroutine generator: in this VM the latter goes through
    a Python-level wrapper on every call, about ten times the cost.)"""

    __slots__ = ()

    def __await__(self):
        yield


_pass_turn = _OneTurn()


async def sleep(delay, result=None):
    """Suspend the current task for `delay` seconds, then return `result`."""
    if delay <= 0:
        await _pass_turn
        return result
    if math.isnan(delay):
        raise ValueError('Invalid delay: NaN (not a number)')
    loop = running.get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, _settle, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


# --- gather -----------------------------------------------------------------------------

class _Gathered(Future):
    """The future gather() returns. Cancelling it cancels every child; it then completes
    (with CancelledError) once the children have finished."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_forwarded = False

    def cancel(self, msg=None):
        if self.done():
            return False
        forwarded = False
        for child in self._children:
            if child.cancel(msg=msg):
                forwarded = True
        if forwarded:
            self._cancel_forwarded = True
        return forwarded


def gather(*aws, return_exceptions=False):
    """Run the awaitables concurrently; the result is the list of their results, in argument
    order. The same awaitable passed twice runs once."""
    if not aws:
        loop = running.get_event_loop()
        empty = loop.create_future()
        empty.set_result([])
        return empty

    loop = None
    unique = {}
    children = []
    finished = 0
    combined = None

    def child_done(child):
        nonlocal finished
        finished += 1
        if combined.done():
            if not child.cancelled():
                child.exception()       # already decided: just mark the error as seen
            return
        if not return_exceptions:
            if child.cancelled():
                combined.set_exception(_cancelled_error_of(child))
                return
            error = child.exception()
            if error is not None:
                combined.set_exception(error)
                return
        if finished < len(unique):
            return
        results = []
        for each in children:
            if each.cancelled():
                # A fresh error carrying the cancel() message ('' when there was none),
                # not the one the child's coroutine raised.
                msg = getattr(each, '_cancel_msg', None)
                results.append(exceptions.CancelledError('' if msg is None else msg))
            else:
                error = each.exception()
                results.append(each.result() if error is None else error)
        if combined._cancel_forwarded:
            combined.set_exception(_cancelled_error_of(child))
        else:
            combined.set_result(results)

    for aw in aws:
        child = unique.get(aw)
        if child is None:
            child = ensure_future(aw, loop=loop)
            if loop is None:
                loop = child.get_loop()
            if child is not aw:
                child._warn_if_destroyed = False
            unique[aw] = child
            child.add_done_callback(child_done)
        children.append(child)

    combined = _Gathered(children, loop=loop)
    return combined


# --- shield -----------------------------------------------------------------------------

# Shielded inner tasks, kept alive here while the caller may have dropped them.
_shielded = set()


def shield(arg):
    """Protect an awaitable from cancellation: cancelling the returned future does not cancel
    the inner task, which runs on."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    if not isfuture(arg):
        _shielded.add(inner)
        inner.add_done_callback(_shielded.discard)

    def inner_done(done):
        if outer.cancelled():
            if not done.cancelled():
                done.exception()        # nobody will see it through `outer`
            return
        if done.cancelled():
            outer.cancel()
            return
        error = done.exception()
        if error is not None:
            outer.set_exception(error)
        else:
            outer.set_result(done.result())

    def outer_done(_):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# --- wait -------------------------------------------------------------------------------

async def _wait_until(futures, timeout, return_when, loop):
    """Wait until `return_when` holds for the set `futures` or `timeout` passes; return the
    (done, pending) partition."""
    woken = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _settle, woken)
    left = len(futures)

    def one_done(fut):
        nonlocal left
        left -= 1
        if (left <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not fut.cancelled()
                    and fut.exception() is not None)):
            if timer is not None:
                timer.cancel()
            _settle(woken)

    for fut in futures:
        fut.add_done_callback(one_done)
    try:
        await woken
    finally:
        if timer is not None:
            timer.cancel()
        for fut in futures:
            fut.remove_done_callback(one_done)
    done, pending = set(), set()
    for fut in futures:
        (done if fut.done() else pending).add(fut)
    return done, pending


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures/Tasks in `fs`; return two sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    futures = set(fs)
    if any(iscoroutine(f) for f in futures):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = running.get_running_loop()
    return await _wait_until(futures, timeout, return_when, loop)


async def _cancel_and_settle(fut):
    """Cancel `fut` and wait until it has actually finished."""
    loop = running.get_running_loop()
    finished = loop.create_future()

    def fut_done(_):
        _settle(finished)

    fut.add_done_callback(fut_done)
    try:
        fut.cancel()
        await finished
    finally:
        fut.remove_done_callback(fut_done)


async def wait_for(aw, timeout):
    """Await `aw`, cancelling it and raising TimeoutError if it takes longer than `timeout`
    seconds. A coroutine runs inside the calling task (no task of its own)."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(aw)
        if fut.done():
            return fut.result()
        await _cancel_and_settle(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise TimeoutError() from cancelled
    from .deadlines import timeout as within
    async with within(timeout):
        return await aw


# --- as_completed -----------------------------------------------------------------------

class _InCompletionOrder:
    """What as_completed returns. Iterated plainly it yields coroutines, each of which waits
    for the next awaitable to finish and returns its result; iterated with `async for` it
    yields the finished futures/tasks themselves."""

    def __init__(self, aws, timeout):
        from .queues import Queue
        self._loop = loop = running.get_event_loop()
        self._todo = {ensure_future(aw, loop=loop) for aw in set(aws)}
        self._finished = Queue()
        self._left = len(self._todo)
        self._timer = None
        for fut in self._todo:
            fut.add_done_callback(self._one_done)
        if self._todo and timeout is not None:
            self._timer = loop.call_later(timeout, self._time_up)

    def _one_done(self, fut):
        if not self._todo:
            return          # already timed out
        self._todo.discard(fut)
        self._finished.put_nowait(fut)
        if not self._todo and self._timer is not None:
            self._timer.cancel()

    def _time_up(self):
        for fut in self._todo:
            fut.remove_done_callback(self._one_done)
        self._finished.put_nowait(None)     # the next waiter raises TimeoutError
        self._todo.clear()

    async def _next(self, unwrap):
        fut = await self._finished.get()
        if fut is None:
            raise exceptions.TimeoutError
        return fut.result() if unwrap else fut

    def __iter__(self):
        return self

    def __next__(self):
        if not self._left:
            raise StopIteration
        self._left -= 1
        return self._next(True)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self._left:
            raise StopAsyncIteration
        self._left -= 1
        return await self._next(False)


def as_completed(fs, *, timeout=None):
    """Iterate over the awaitables in `fs` in the order they finish."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expects an iterable of awaitables, not {type(fs).__name__}')
    return _InCompletionOrder(fs, timeout)
