"""The event loop (no sockets or subprocesses: callbacks, timers, tasks, executors).

Design note. One loop turn:
  1. decide how long it may block: not at all when callbacks are ready or stop() was called,
     until the earliest timer when there is one, else indefinitely;
  2. take the callbacks other threads posted (call_soon_threadsafe), blocking on `_wakeup`
     for at most that long when there are none;
  3. move every timer that is due onto the ready queue, earliest first;
  4. run the callbacks that are ready at this point, FIFO; what they schedule runs next turn.
Only the loop's thread touches `_runnable` and `_timers`. `_posted` is the one structure other
threads write; `_wakeup`'s lock guards it, and a post notifies `_wakeup` so a blocked turn
wakes up. A post from the loop's own thread goes straight to `_runnable`, keeping call order.
The `_posted` check in step 2 is made without the lock when the turn will not block: a post
missed there is picked up next turn, and a turn that blocks always checks under the lock.
"""

import collections
import concurrent.futures
import contextvars
import heapq
import itertools
import logging
import math
import sys
import threading
import time
import warnings
import weakref

from . import exceptions
from . import running
from .future import Future, wrap_future
from .handles import Handle, TimerHandle
from .inspection import iscoroutine, iscoroutinefunction

__all__ = ('AbstractEventLoop', 'EventLoop', 'SelectorEventLoop', 'BaseEventLoop')

logger = logging.getLogger('asyncio')

_EXECUTOR_JOIN_TIMEOUT = 300


class AbstractEventLoop:
    """The documented event loop interface; EventLoop implements the part without I/O."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_default_executor(self, executor):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


def _check_callable(callback, method):
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError(f'coroutines cannot be used with {method}()')
    if not callable(callback):
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')


def _stop_loop_of(fut):
    # run_until_complete's done callback. A future that ended in SystemExit or
    # KeyboardInterrupt already propagates out of run_forever; do not also stop.
    if not fut.cancelled() and isinstance(fut._error, (SystemExit, KeyboardInterrupt)):
        return
    fut.get_loop().stop()


class EventLoop(AbstractEventLoop):
    def __init__(self):
        self._runnable = collections.deque()
        self._timers = []                    # heap of (when, sequence, TimerHandle)
        self._timer_seq = itertools.count()
        self._dropped_timers = 0             # cancelled TimerHandles still in the heap
        self._posted = []                    # from other threads; guarded by _wakeup
        self._wakeup = threading.Condition(threading.Lock())
        self._stop_requested = False
        self._was_closed = False
        self._runner_thread = None               # ident of the thread in run_forever
        self._debug_on = False
        self._handler = None
        self._factory = None
        self._executor = None
        self._executor_closing = False
        self._resolution = time.get_clock_info('monotonic').resolution
        self.slow_callback_duration = 0.1
        self._asyncgens = weakref.WeakSet()      # async generators first stepped while we ran
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self._was_closed} debug={self._debug_on}>')

    # --- lifecycle ---------------------------------------------------------------------

    def _ensure_open(self):
        if self._was_closed:
            raise RuntimeError('Event loop is closed')

    def is_running(self):
        return self._runner_thread is not None

    def is_closed(self):
        return self._was_closed

    def run_forever(self):
        self._ensure_open()
        if self._runner_thread is not None:
            raise RuntimeError('This event loop is already running')
        if running._running_here() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._runner_thread = threading.get_ident()
        running._mark_running(self)
        # While the loop runs, the async generators its tasks start are ours to close: the
        # firstiter hook records them, the finalizer hook closes one that is dropped unfinished.
        saved_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_started, finalizer=self._asyncgen_dropped)
        try:
            while True:
                self._turn()
                if self._stop_requested:
                    break
        finally:
            sys.set_asyncgen_hooks(*saved_hooks)
            self._stop_requested = False
            self._runner_thread = None
            running._mark_running(None)

    def _asyncgen_started(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                          f"loop.shutdown_asyncgens() call", ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_dropped(self, agen):
        self._asyncgens.discard(agen)
        if not self._was_closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._ensure_open()
        if self._runner_thread is not None:
            raise RuntimeError('This event loop is already running')
        if running._running_here() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        from .task import ensure_future
        made_here = not hasattr(type(future), '_asyncio_future_blocking')
        future = ensure_future(future, loop=self)
        if made_here:
            future._warn_if_destroyed = False
        future.add_done_callback(_stop_loop_of)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()      # the error propagates: do not also report it
            raise
        finally:
            future.remove_done_callback(_stop_loop_of)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stop_requested = True

    def close(self):
        if self._runner_thread is not None:
            raise RuntimeError('Cannot close a running event loop')
        if self._was_closed:
            return
        self._was_closed = True
        self._runnable.clear()
        self._timers.clear()
        with self._wakeup:
            self._posted.clear()
        executor = self._executor
        if executor is not None:
            self._executor = None
            executor.shutdown(wait=False)

    async def shutdown_asyncgens(self):
        """Close (aclose) every async generator still suspended that this loop's tasks started."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        agens = list(self._asyncgens)
        self._asyncgens.clear()
        from .coordination import gather
        outcomes = await gather(*[agen.aclose() for agen in agens], return_exceptions=True)
        for agen, outcome in zip(agens, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        self._executor_closing = True
        executor = self._executor
        if executor is None:
            return
        finished = self.create_future()

        def close_executor():
            try:
                executor.shutdown(wait=True)
                if not self._was_closed:
                    self.call_soon_threadsafe(_resolve, finished)
            except Exception as error:
                if not self._was_closed:
                    self.call_soon_threadsafe(_fail, finished, error)

        closer = threading.Thread(target=close_executor)
        closer.start()
        try:
            from .deadlines import timeout as within
            async with within(timeout):
                await finished
        except exceptions.TimeoutError:
            import warnings
            warnings.warn(f'The executor did not finishing joining its threads within '
                          f'{timeout} seconds.', RuntimeWarning, stacklevel=2)
            executor.shutdown(wait=False)
        else:
            closer.join()

    # --- one turn ----------------------------------------------------------------------

    def _turn(self):
        ready = self._runnable
        timers = self._timers
        if self._dropped_timers > 64 and self._dropped_timers * 2 > len(timers):
            self._purge_timers()
        while timers and timers[0][2]._dead:
            heapq.heappop(timers)[2]._in_heap = False
            self._dropped_timers -= 1

        if ready or self._stop_requested:
            wait_for = 0
        elif timers:
            wait_for = max(0.0, timers[0][0] - time.monotonic())
        else:
            wait_for = None

        if wait_for != 0 or self._posted:
            wakeup = self._wakeup
            with wakeup:
                if not self._posted and wait_for != 0:
                    wakeup.wait(wait_for)
                if self._posted:
                    ready.extend(self._posted)
                    self._posted.clear()

        if timers:
            horizon = time.monotonic() + self._resolution
            while timers and timers[0][0] <= horizon:
                handle = heapq.heappop(timers)[2]
                handle._in_heap = False
                if handle._dead:
                    self._dropped_timers -= 1
                else:
                    ready.append(handle)

        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._dead:
                handle._invoke()

    def _purge_timers(self):
        kept = []
        for entry in self._timers:
            if entry[2]._dead:
                entry[2]._in_heap = False
            else:
                kept.append(entry)
        heapq.heapify(kept)
        self._timers = kept
        self._dropped_timers = 0

    def _timer_dropped(self):
        self._dropped_timers += 1

    # --- scheduling --------------------------------------------------------------------

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        if self._was_closed:
            raise RuntimeError('Event loop is closed')
        if self._debug_on:
            _check_callable(callback, 'call_soon')
            self._refuse_foreign_thread()
        handle = Handle(callback, args, self, context)
        self._runnable.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(time.monotonic() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._ensure_open()
        if self._debug_on:
            _check_callable(callback, 'call_at')
            self._refuse_foreign_thread()
        handle = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._timers, (when, next(self._timer_seq), handle))
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._ensure_open()
        if self._debug_on:
            _check_callable(callback, 'call_soon_threadsafe')
        handle = Handle(callback, args, self, context)
        if self._runner_thread == threading.get_ident():
            self._runnable.append(handle)
        else:
            with self._wakeup:
                self._posted.append(handle)
                self._wakeup.notify()
        return handle

    def _refuse_foreign_thread(self):
        if self._runner_thread is not None and self._runner_thread != threading.get_ident():
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other '
                               'than the current one')

    # --- futures and tasks -------------------------------------------------------------

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._ensure_open()
        if self._factory is None:
            from .task import Task
            return Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._factory(self, coro)
        else:
            task = self._factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._factory = factory

    def get_task_factory(self):
        return self._factory

    # --- executors ---------------------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        self._ensure_open()
        if self._debug_on:
            _check_callable(func, 'run_in_executor')
        if executor is None:
            executor = self._executor
            if self._executor_closing:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._executor = executor

    # --- errors ------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._handler = handler

    def default_exception_handler(self, context):
        """Log `context` to the 'asyncio' logger: its message, then each other key sorted
        with its value's repr, then the exception's traceback."""
        message = context.get('message') or 'Unhandled exception in event loop'
        error = context.get('exception')
        exc_info = (type(error), error, error.__traceback__) if error is not None else False
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        handler = self._handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': error,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler while handling an '
                             'unexpected error in custom exception handler', exc_info=True)

    def get_debug(self):
        return self._debug_on

    def set_debug(self, enabled):
        self._debug_on = bool(enabled)


def _resolve(fut, value=None):
    if not fut.done():
        fut.set_result(value)


def _fail(fut, error):
    if not fut.done():
        fut.set_exception(error)


BaseEventLoop = EventLoop
SelectorEventLoop = EventLoop
