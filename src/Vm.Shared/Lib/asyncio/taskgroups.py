"""asyncio.TaskGroup: tasks that all finish (or are cancelled) before the `async with` block ends.

The first task failing with an exception cancels the others and the task running the block;
the block then raises an ExceptionGroup of every failure ("unhandled errors in a TaskGroup").
KeyboardInterrupt and SystemExit are re-raised as themselves."""

from . import events, exceptions, tasks

__all__ = ('TaskGroup',)


class TaskGroup:
    def __init__(self):
        self._state = 'new'          # new -> entered -> exiting -> done
        self._aborting = False
        self._loop = None
        self._parent = None
        self._parent_cancelled = False
        self._tasks = set()
        self._errors = []
        self._fatal = None           # a KeyboardInterrupt / SystemExit to re-raise as is
        self._all_done = None        # a future set when the last task finishes while exiting

    def __repr__(self):
        info = [self._state]
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        return f'<TaskGroup {" ".join(info)}>'

    async def __aenter__(self):
        if self._state != 'new':
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._loop = events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._state = 'entered'
        return self

    def create_task(self, coro, *, name=None, context=None):
        problem = None
        if self._state == 'new':
            problem = 'has not been entered'
        elif self._state == 'done' or (self._state == 'exiting' and not self._tasks):
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        if problem is not None:
            coro.close()  # (refused: it will never be awaited)
            raise RuntimeError(f'TaskGroup {self!r} {problem}')
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _cancel_all(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    @staticmethod
    def _is_fatal(exc):
        return isinstance(exc, (KeyboardInterrupt, SystemExit))

    def _task_done(self, task):
        self._tasks.discard(task)
        if not self._tasks and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(None)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        if self._parent.done():
            return
        if not self._aborting and not self._parent_cancelled:
            # stop the others, and wake the block's task so it reaches __aexit__
            self._cancel_all()
            self._parent_cancelled = True
            self._parent.cancel()

    async def __aexit__(self, et, exc, tb):
        self._state = 'exiting'
        if exc is not None and self._is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        cancelled_error = exc if et is exceptions.CancelledError else None
        if self._parent_cancelled and self._parent.uncancel() == 0:
            # the cancellation was ours, not someone else's: it ends here
            cancelled_error = None
        if et is not None and not self._aborting:
            self._cancel_all()
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as e:
                if not self._aborting:
                    cancelled_error = e
                    self._cancel_all()
            self._all_done = None
        self._state = 'done'
        if self._fatal is not None:
            raise self._fatal
        if cancelled_error is not None and not self._errors:
            raise cancelled_error
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None
        return None
