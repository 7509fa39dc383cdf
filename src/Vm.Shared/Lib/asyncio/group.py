"""asyncio.TaskGroup: structured concurrency.

Leaving the `async with` waits for every task the group made. The first task failure (any
exception but CancelledError) cancels the other tasks and, if the body is still running, the
task that runs the body; the group then withdraws that cancel request itself (uncancel), so
the body's CancelledError does not escape unless someone else also cancelled the task.
All failures, plus the body's own exception, are raised together in a BaseExceptionGroup
(an ExceptionGroup when they are all Exceptions). A KeyboardInterrupt or SystemExit from a
task or the body is raised alone instead, after the other tasks have been waited for."""

from . import exceptions
from . import running
from .task import current_task

__all__ = ('TaskGroup',)


def _is_fatal(error):
    return isinstance(error, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    def __init__(self):
        self._active = False
        self._closing = False           # __aexit__ has started
        self._cancelling_all = False    # members have been cancelled; no new members
        self._loop = None
        self._host = None               # the task running the body
        self._host_cancelled = False    # we cancelled the host and must uncancel it
        self._members = set()
        self._failures = []
        self._fatal = None
        self._drained = None            # future __aexit__ waits on until no members remain

    def __repr__(self):
        notes = []
        if self._members:
            notes.append(f'tasks={len(self._members)}')
        if self._failures:
            notes.append(f'errors={len(self._failures)}')
        if self._cancelling_all:
            notes.append('cancelling')
        elif self._active:
            notes.append('entered')
        return f"<TaskGroup{''.join(' ' + n for n in notes)}>"

    async def __aenter__(self):
        if self._active:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = running.get_running_loop()
        self._host = current_task(self._loop)
        if self._host is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._active = True
        return self

    def _cancel_members(self):
        self._cancelling_all = True
        for member in self._members:
            if not member.done():
                member.cancel()

    async def __aexit__(self, exc_type, exc, tb):
        self._closing = True
        if exc is not None and _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        cancelled_body = None
        if exc_type is not None and issubclass(exc_type, exceptions.CancelledError):
            cancelled_body = exc
        if exc_type is not None and not self._cancelling_all:
            self._cancel_members()

        while self._members:
            if self._drained is None:
                self._drained = self._loop.create_future()
            try:
                await self._drained
            except exceptions.CancelledError as cancelled:
                if not self._cancelling_all:
                    cancelled_body = cancelled
                    self._cancel_members()
            self._drained = None

        if self._fatal is not None:
            raise self._fatal
        if self._host_cancelled and self._host.uncancel() == 0:
            cancelled_body = None       # the only cancel request was ours
        if cancelled_body is not None and not self._failures and (
                exc_type is None or issubclass(exc_type, exceptions.CancelledError)):
            raise cancelled_body
        if exc_type is not None and not issubclass(exc_type, exceptions.CancelledError):
            self._failures.append(exc)
        if self._failures:
            if self._host.cancelling():
                # Someone else is cancelling the host too: keep that request standing.
                self._host.uncancel()
                self._host.cancel()
            failures = self._failures
            self._failures = None
            try:
                raise BaseExceptionGroup('unhandled errors in a TaskGroup', failures) from None
            finally:
                failures = None
                exc = None
        return None

    def create_task(self, coro, *, name=None, context=None):
        """Start a task that belongs to the group."""
        if not self._active:
            coro.close()
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._closing and not self._members:
            coro.close()
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._cancelling_all:
            coro.close()
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._member_done(task)
        else:
            self._members.add(task)
            task.add_done_callback(self._member_done)
        return task

    def _member_done(self, task):
        self._members.discard(task)
        if self._drained is not None and not self._members and not self._drained.done():
            self._drained.set_result(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._failures.append(error)
        if _is_fatal(error) and self._fatal is None:
            self._fatal = error
        if self._host.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task '
                           f'{self._host} is already completed',
                'exception': error,
                'task': task,
            })
            return
        if not self._cancelling_all and not self._host_cancelled:
            self._cancel_members()
            self._host_cancelled = True
            self._host.cancel()
