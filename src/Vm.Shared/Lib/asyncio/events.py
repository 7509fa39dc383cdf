"""The event loop: ready callbacks, timers and thread-safe calls (no sockets or subprocesses).

One iteration (_run_once): due timers move to the ready queue; the callbacks ready at the
start of the iteration run in order (those they schedule wait for the next iteration); with
nothing ready the loop sleeps until the next timer or a call_soon_threadsafe.
"""

import contextvars
import heapq
import sys
import threading
import time

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop', 'EventLoop')

_running = threading.local()


def _get_running_loop():
    return getattr(_running, 'loop', None)


def _set_running_loop(loop):
    _running.loop = loop


def get_running_loop():
    """The loop running in this thread; RuntimeError outside one."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


_thread_loops = threading.local()


def get_event_loop():
    """The running loop, else this thread's current loop (the main thread gets one made)."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    loop = getattr(_thread_loops, 'loop', None)
    if loop is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError(f"There is no current event loop in thread "
                               f"{threading.current_thread().name!r}.")
        loop = new_event_loop()
        _thread_loops.loop = loop
    return loop


def set_event_loop(loop):
    _thread_loops.loop = loop


def new_event_loop():
    return EventLoop()


class Handle:
    """A callback scheduled by call_soon; cancel() keeps it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        # the callback runs in this context (a copy of the scheduler's when none is given)
        self._context = contextvars.copy_context() if context is None else context

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {getattr(self._callback, "__qualname__", self._callback)!s}>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return self._context

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a time (call_later, call_at); ordered by that time."""

    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    __hash__ = None

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """The documented interface; EventLoop implements the part without I/O."""


class EventLoop(AbstractEventLoop):
    _clock_resolution = time.get_clock_info('monotonic').resolution if hasattr(time, 'get_clock_info') else 1e-9

    def __init__(self):
        self._ready = []
        self._ready_head = 0
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._cond = threading.Condition(threading.Lock())
        self._threadsafe = []
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._tasks = set()

    def __repr__(self):
        return f'<{type(self).__name__} running={self.is_running()} closed={self._closed} debug={self._debug}>'

    # ---- scheduling
    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        with self._cond:
            self._threadsafe.append(handle)
            self._cond.notify()
        return handle

    def _timer_handle_cancelled(self, handle):
        pass

    # ---- futures and tasks
    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            from .tasks import Task
            return Task(coro, loop=self, name=name, context=context)
        task = self._task_factory(self, coro)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running
    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(None)

    def run_until_complete(self, future):
        from . import futures, tasks
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._ready_head = 0
        self._scheduled.clear()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self, timeout=None):
        pass

    def _run_once(self):
        sched = self._scheduled
        while sched and sched[0]._cancelled:
            heapq.heappop(sched)._scheduled = False
        with self._cond:
            if not self._threadsafe and len(self._ready) == self._ready_head and not self._stopping:
                timeout = None
                if sched:
                    timeout = max(0, sched[0]._when - self.time())
                if timeout is None or timeout > 0:
                    self._cond.wait(timeout)
            if self._threadsafe:
                self._ready.extend(self._threadsafe)
                self._threadsafe.clear()
        end_time = self.time() + self._clock_resolution
        while sched:
            handle = sched[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(sched)
            handle._scheduled = False
            self._ready.append(handle)
        ready = self._ready
        ntodo = len(ready)
        i = self._ready_head
        while i < ntodo:
            handle = ready[i]
            ready[i] = None
            i += 1
            self._ready_head = i
            if handle._cancelled:
                continue
            handle._run()
        if self._ready_head >= len(ready):
            ready.clear()
            self._ready_head = 0
        elif self._ready_head > 64:
            del ready[:self._ready_head]
            self._ready_head = 0

    # ---- threads
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        fut = self.create_future()
        if executor is not None:
            from .futures import wrap_future
            return wrap_future(executor.submit(func, *args), loop=self)

        def work():
            try:
                result = func(*args)
            except BaseException as exc:
                self.call_soon_threadsafe(_set_exception_unless_cancelled, fut, exc)
            else:
                self.call_soon_threadsafe(_set_result_unless_done, fut, result)

        threading.Thread(target=work, name='asyncio_executor', daemon=True).start()
        return fut

    # ---- errors
    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(lines), file=sys.stderr)
        if exc is not None:
            import traceback
            traceback.print_exception(exc, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


def _set_result_unless_done(fut, result):
    if not fut.done():
        fut.set_result(result)


def _set_exception_unless_cancelled(fut, exc):
    if not fut.done():
        fut.set_exception(exc)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()
