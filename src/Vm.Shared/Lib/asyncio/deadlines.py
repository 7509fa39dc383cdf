"""asyncio.timeout / timeout_at / Timeout: an async context manager that cancels the task
running its body when a deadline passes, and turns that cancellation into TimeoutError.

The manager remembers the task's cancelling() count on entry. When the deadline fires it
cancels the task; on exit it withdraws that one request (uncancel) and converts the
CancelledError only when no other cancel request is left above the entry count, so a
cancellation from elsewhere still propagates as CancelledError."""

import enum

from . import exceptions
from . import running
from .task import current_task

__all__ = ('Timeout', 'timeout', 'timeout_at')


class _Stage(enum.Enum):
    CREATED = 'created'
    ACTIVE = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    FINISHED = 'finished'


class Timeout:
    def __init__(self, when):
        self._stage = _Stage.CREATED
        self._deadline = when
        self._alarm = None
        self._owner = None
        self._cancels_at_entry = 0

    def when(self):
        """The loop time of the deadline, or None for no deadline."""
        return self._deadline

    def reschedule(self, when):
        """Move the deadline (None removes it)."""
        if self._stage is not _Stage.ACTIVE:
            if self._stage is _Stage.CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._stage.value} Timeout')
        self._deadline = when
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if when is None:
            return
        loop = running.get_running_loop()
        if when <= loop.time():
            self._alarm = loop.call_soon(self._fire)
        else:
            self._alarm = loop.call_at(when, self._fire)

    def expired(self):
        """Whether the deadline passed and the body was cancelled for it."""
        return self._stage in (_Stage.EXPIRING, _Stage.EXPIRED)

    def __repr__(self):
        extra = ''
        if self._stage is _Stage.ACTIVE:
            extra = f' when={self._deadline}' if self._deadline is not None else ' when=None'
        return f'<Timeout [{self._stage.value}]{extra}>'

    async def __aenter__(self):
        if self._stage is not _Stage.CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._owner = task
        self._cancels_at_entry = task.cancelling()
        self._stage = _Stage.ACTIVE
        self.reschedule(self._deadline)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if self._stage is _Stage.EXPIRING:
            self._stage = _Stage.EXPIRED
            if (self._owner.uncancel() <= self._cancels_at_entry and exc_type is not None
                    and issubclass(exc_type, exceptions.CancelledError)):
                raise TimeoutError from exc_val
        elif self._stage is _Stage.ACTIVE:
            self._stage = _Stage.FINISHED
        return None

    def _fire(self):
        self._owner.cancel()
        self._stage = _Stage.EXPIRING
        self._alarm = None


def timeout(delay):
    """A Timeout whose deadline is `delay` seconds from now (None: no deadline)."""
    loop = running.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout whose deadline is the loop time `when` (None: no deadline)."""
    return Timeout(when)
