"""The exceptions asyncio raises, as listed on the asyncio-exceptions documentation page."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')


class CancelledError(BaseException):
    """The operation was cancelled (a BaseException, so `except Exception` does not swallow it)."""


# Since Python 3.11 asyncio's timeout error is the builtin one.
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """A Future or Task was asked for something its current state does not allow."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile() cannot be used for the given socket or file."""


class IncompleteReadError(EOFError):
    """A read stopped at end of stream before the requested number of bytes arrived."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found before the buffer limit was reached."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted while tasks were waiting on it."""
