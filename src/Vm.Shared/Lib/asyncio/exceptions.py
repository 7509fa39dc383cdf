"""asyncio's exceptions (written from the documented behaviour)."""

__all__ = ('CancelledError', 'InvalidStateError', 'TimeoutError', 'QueueEmpty', 'QueueFull')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """Invalid internal state of a Future or Task."""


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""
