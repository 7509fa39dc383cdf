"""asyncio.Task: a Future that drives a coroutine on its loop.

How a task advances (`_advance`, always run as a loop callback inside the task's context):
  - it sends None into the coroutine, or throws in the CancelledError a cancel() asked for;
  - the coroutine yields a future it awaits: the task adds `_on_awaited_done` as that future's
    done callback and remembers it in `_awaiting`, so cancel() can cancel it instead;
  - the coroutine yields None (a bare yield, as sleep(0) does): the task schedules its next
    step with call_soon, letting every other ready callback run first;
  - the coroutine returns or raises: the task takes that as its result or exception; a
    CancelledError escaping the coroutine makes the task cancelled.
cancel() on a task waiting for a future cancels that future (its CancelledError then comes
out of the coroutine's await); otherwise the next step throws CancelledError in.
`cancelling()` counts cancel requests not yet withdrawn with `uncancel()`."""

import contextvars
import itertools
import types
import weakref

from . import exceptions
from . import running
from .future import Future, PENDING, FINISHED
from .inspection import iscoroutine, isfuture

__all__ = ('Task', 'create_task', 'current_task', 'all_tasks', 'ensure_future',
           'eager_task_factory', 'create_eager_task_factory', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task')

_next_task_number = itertools.count(1).__next__

# Every task, weakly (a pending task nothing else refers to may be destroyed): id(task) -> a
# weak reference whose callback removes the entry when the task dies. (A plain dict of
# weak references: in this VM a WeakSet.add costs several times as much.)
_tasks = {}


def _track(task):
    key = id(task)

    def forget(ref):
        if _tasks.get(key) is ref:
            _tasks.pop(key, None)
    _tasks[key] = weakref.ref(task, forget)

# loop -> the task whose step is running on it
_stepping = {}


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._warn_if_destroyed = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._name = f'Task-{_next_task_number()}' if name is None else str(name)
        self._ctx = contextvars.copy_context() if context is None else context
        self._awaiting = None            # the future the coroutine waits on, if any
        self._cancel_pending = False     # throw CancelledError into the coroutine next step
        self._cancel_requests = 0
        self._coro_cancelled = None      # the CancelledError the coroutine ended with
        _track(self)
        if eager_start and self._loop.is_running():
            # Run the first step now, inside create_task; a coroutine that finishes without
            # suspending never goes through the loop.
            self._ctx.run(self._advance)
        else:
            self._loop.call_soon(self._advance, context=self._ctx)

    # --- what the coroutine sees -------------------------------------------------------

    def _advance(self, error=None):
        if self._state is not PENDING:
            raise exceptions.InvalidStateError(f'task step on a finished task: {self!r}')
        if self._cancel_pending:
            self._cancel_pending = False
            if not isinstance(error, exceptions.CancelledError):
                error = self._cancellation()
        self._awaiting = None
        loop = self._loop
        outer = _stepping.get(loop)
        _stepping[loop] = self
        try:
            try:
                if error is None:
                    awaited = self._coro.send(None)
                else:
                    awaited = self._coro.throw(error)
            except StopIteration as stop:
                if self._cancel_pending:
                    # cancel() arrived during the final step: the task still ends cancelled.
                    self._cancel_pending = False
                    Future.cancel(self, msg=self._cancel_msg)
                else:
                    Future.set_result(self, stop.value)
            except exceptions.CancelledError as cancelled:
                self._coro_cancelled = cancelled
                Future.cancel(self)
            except (KeyboardInterrupt, SystemExit) as fatal:
                Future.set_exception(self, fatal)
                raise
            except BaseException as failure:
                Future.set_exception(self, failure)
            else:
                self._wait_on(awaited)
        finally:
            if outer is None:
                del _stepping[loop]
            else:
                _stepping[loop] = outer
            self = None     # a failing step's traceback must not keep the task alive

    def _wait_on(self, awaited):
        loop = self._loop
        blocking = getattr(awaited, '_asyncio_future_blocking', None)
        if blocking is not None:
            if awaited.get_loop() is not loop:
                problem = RuntimeError(
                    f'Task {self!r} got Future {awaited!r} attached to a different loop')
            elif not blocking:
                problem = RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {awaited!r}')
            elif awaited is self:
                problem = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                awaited._asyncio_future_blocking = False
                awaited.add_done_callback(self._on_awaited_done, context=self._ctx)
                self._awaiting = awaited
                if self._cancel_pending and awaited.cancel(msg=self._cancel_msg):
                    self._cancel_pending = False
                return
        elif awaited is None:
            loop.call_soon(self._advance, context=self._ctx)
            return
        elif isinstance(awaited, types.GeneratorType):
            problem = RuntimeError(f'yield was used instead of yield from for generator in '
                                   f'task {self!r} with {awaited!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {awaited!r}')
        loop.call_soon(self._advance, problem, context=self._ctx)

    def _on_awaited_done(self, awaited):
        # The coroutine's await takes the outcome from the future itself (Future.__await__
        # returns its result() or raises its exception), so the step only resumes it.
        self._advance()

    # --- Future API, as a Task has it --------------------------------------------------

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def _cancellation(self):
        saved = self._coro_cancelled
        if saved is not None:
            self._coro_cancelled = None
            return saved
        return super()._cancellation()

    def cancel(self, msg=None):
        self._unretrieved = False
        if self._state is not PENDING:
            return False
        self._cancel_requests += 1
        awaiting = self._awaiting
        if awaiting is not None and awaiting.cancel(msg=msg):
            # The awaited future's CancelledError wakes the coroutine. Keep `_awaiting`: if
            # it is a task that swallows the cancellation, a later cancel() tries it again.
            return True
        self._cancel_pending = True
        self._cancel_msg = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
            if self._cancel_requests == 0:
                self._cancel_pending = False
        return self._cancel_requests

    # --- introspection -----------------------------------------------------------------

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._ctx

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        if frame is None or limit == 0:
            return []
        return [frame]

    def print_stack(self, *, limit=None, file=None):
        import sys
        out = sys.stderr if file is None else file
        frames = self.get_stack(limit=limit)
        if not frames:
            print(f'No stack for {self!r}', file=out)
            return
        print(f'Stack for {self!r} (most recent call last):', file=out)
        for frame in frames:
            code = frame.f_code
            print(f'  File "{code.co_filename}", line {frame.f_lineno}, in {code.co_name}',
                  file=out)

    def _coro_text(self):
        coro = self._coro
        name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', '?')
        code = getattr(coro, 'cr_code', None)
        frame = getattr(coro, 'cr_frame', None)
        if code is None:
            return f'{name}()'
        if frame is not None and self._state is PENDING:
            return f'{name}() running at {code.co_filename}:{frame.f_lineno}'
        return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'

    def _repr_parts(self):
        parts = super()._repr_parts()
        if self._cancel_pending:
            parts[0] = 'cancelling'
        parts.insert(1, f'name={self._name!r}')
        parts.insert(2, f'coro=<{self._coro_text()}>')
        if self._awaiting is not None:
            parts.insert(3, f'wait_for={self._awaiting!r}')
        return parts

    def __del__(self):
        if self._state is PENDING and self._warn_if_destroyed:
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        super().__del__()


def create_task(coro, *, name=None, context=None):
    """Wrap `coro` in a Task on the running loop and schedule its first step."""
    loop = running.get_running_loop()
    return loop.create_task(coro, name=name, context=context)


def current_task(loop=None):
    """The task running on `loop` (default: the running loop), or None."""
    if loop is None:
        loop = running.get_running_loop()
    return _stepping.get(loop)


def all_tasks(loop=None):
    """The set of unfinished tasks of `loop` (default: the running loop)."""
    if loop is None:
        loop = running.get_running_loop()
    while True:
        try:
            refs = list(_tasks.values())
            break
        except RuntimeError:
            continue            # the dict changed while being copied; copy again
    found = set()
    for ref in refs:
        task = ref()
        if task is not None and task._loop is loop and not task.done():
            found.add(task)
    return found


async def _await_it(awaitable):
    return await awaitable


def ensure_future(obj, *, loop=None):
    """A Future for `obj`: a future itself, a new Task for a coroutine, or a Task awaiting any
    other awaitable."""
    if isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified '
                             'as the loop argument')
        return obj
    if iscoroutine(obj):
        coro = obj
    elif hasattr(type(obj), '__await__'):
        coro = _await_it(obj)
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = running.get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        if coro is not obj:
            coro.close()
        raise


def create_eager_task_factory(custom_task_constructor):
    """A task factory (for loop.set_task_factory) whose tasks start eagerly: the coroutine
    runs up to its first suspension inside create_task."""
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)
    return factory


eager_task_factory = create_eager_task_factory(Task)


# The task-lifetime hooks the asyncio-extending documentation lists for custom task classes.

def _register_task(task):
    """Make `task` known to all_tasks()."""
    _track(task)


def _unregister_task(task):
    _tasks.pop(id(task), None)


def _enter_task(loop, task):
    """Make `task` the current task of `loop` (another one must not be current)."""
    current = _stepping.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {current!r} '
                           f'is being executed.')
    _stepping[loop] = task


def _leave_task(loop, task):
    """Undo _enter_task(loop, task)."""
    current = _stepping.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task '
                           f'{current!r}.')
    del _stepping[loop]
