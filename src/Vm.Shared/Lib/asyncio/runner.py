"""asyncio.run and asyncio.Runner: make a loop, run a coroutine to completion on it, then
cancel the tasks left over, stop the default executor and close the loop."""

import contextvars

from . import coordination
from . import exceptions
from . import running
from .inspection import iscoroutine
from .task import all_tasks

__all__ = ('Runner', 'run')


def _cancel_leftovers(loop):
    leftovers = all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(coordination.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    """A context manager owning one event loop for several run() calls."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._stage = 'new'          # 'new' -> 'open' -> 'closed'
        self._debug_flag = debug
        self._factory = loop_factory
        self._loop = None
        self._ctx = None
        self._made_current = False

    def __enter__(self):
        self._open()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shut the loop down (cancelling leftover tasks); the runner cannot be reused."""
        if self._stage != 'open':
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor(300))
        finally:
            if self._made_current:
                running.set_event_loop(None)
            loop.close()
            self._loop = None
            self._stage = 'closed'

    def get_loop(self):
        self._open()
        return self._loop

    def run(self, coro, *, context=None):
        """Run `coro` in the runner's loop until it finishes; return its result."""
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if running._running_here() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._open()
        if context is None:
            context = self._ctx
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _open(self):
        if self._stage == 'closed':
            raise RuntimeError('Runner is closed')
        if self._stage == 'open':
            return
        if self._factory is None:
            self._loop = running.new_event_loop()
            running.set_event_loop(self._loop)
            self._made_current = True
        else:
            self._loop = self._factory()
        if self._debug_flag is not None:
            self._loop.set_debug(self._debug_flag)
        self._ctx = contextvars.copy_context()
        self._stage = 'open'


def run(main, *, debug=None, loop_factory=None):
    """Run the coroutine `main` in a new event loop and return its result."""
    if running._running_here() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)
