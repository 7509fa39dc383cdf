"""Crossing between threads and the event loop: to_thread (run a blocking function in the
default executor) and run_coroutine_threadsafe (submit a coroutine to a loop that runs in
another thread)."""

import concurrent.futures
import contextvars
import functools

from . import running
from .future import _link
from .inspection import iscoroutine
from .task import ensure_future

__all__ = ('to_thread', 'run_coroutine_threadsafe')


async def to_thread(func, /, *args, **kwargs):
    """Run `func(*args, **kwargs)` in the loop's default executor, in a copy of the current
    context, and return its result."""
    loop = running.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)


def run_coroutine_threadsafe(coro, loop):
    """Schedule `coro` on `loop` from another thread; return a concurrent.futures.Future for
    its outcome (cancelling that future cancels the task)."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    outcome = concurrent.futures.Future()

    def start():
        try:
            _link(ensure_future(coro, loop=loop), outcome)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            if outcome.set_running_or_notify_cancel():
                outcome.set_exception(error)
            raise

    loop.call_soon_threadsafe(start)
    return outcome
