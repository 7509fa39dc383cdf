"""Future, Executor, wait() and as_completed() (the documented concurrent.futures API).

Written from the documentation (docs.python.org/3.13/library/concurrent.futures.html).

Locking: each Future has one Condition, `_cv`. Its state, outcome, callbacks and watchers change
only while it is held. A future is *settled* once it is FINISHED or CANCELLED_AND_NOTIFIED (a
cancelled future counts for wait() only after its executor has seen the cancellation through
set_running_or_notify_cancel()).

wait() and as_completed() put one `_Gatherer` on every future they wait for. Registering is done
under the future's own lock by `_watch`, which reports at once a future that is already settled;
so a future is seen exactly once, whether it settled before or after the call, and no two future
locks are ever held together. A gatherer has its own Condition (taken inside a future's lock,
never the other way round).
"""

import collections
import threading
import time
from types import GenericAlias

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# Future states (they appear in InvalidStateError messages).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_SHOWN_AS = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
             CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}
_IS_CANCELLED = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED))
_IS_DONE = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED))
_IS_SETTLED = frozenset((CANCELLED_AND_NOTIFIED, FINISHED))


def _logger():
    import logging
    return logging.getLogger('concurrent.futures')


class Error(Exception):
    """Base class for the module's own exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work (a worker died or failed to start)."""


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


class _Gatherer:
    """Collects futures as they settle and wakes the waiting thread once `remaining` of them have
    settled, or as soon as one fails if `stop_on_failure`."""

    def __init__(self, remaining, stop_on_failure=False):
        self._cv = threading.Condition(threading.Lock())
        self._settled = []
        self._remaining = remaining
        self._stop_on_failure = stop_on_failure
        self._ready = False

    def settled(self, future, failed):
        with self._cv:
            self._settled.append(future)
            self._remaining -= 1
            if self._remaining <= 0 or (failed and self._stop_on_failure):
                self._ready = True
                self._cv.notify_all()

    def wait(self, timeout):
        with self._cv:
            self._cv.wait_for(lambda: self._ready, timeout)

    def take(self, then_wait_for=1):
        """The futures settled so far; the next wait() returns after `then_wait_for` more."""
        with self._cv:
            got, self._settled = self._settled, []
            self._remaining = then_wait_for
            self._ready = False
            return got


def _watch_all(futures, gatherer):
    for future in futures:
        future._watch(gatherer)


def _unwatch_all(futures, gatherer):
    for future in futures:
        future._unwatch(gatherer)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures in fs are done as return_when asks (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) or timeout seconds pass; returns (done, not_done)."""
    fs = set(fs)
    if return_when == FIRST_COMPLETED:
        gatherer = _Gatherer(1)
    elif return_when in (FIRST_EXCEPTION, ALL_COMPLETED):
        gatherer = _Gatherer(len(fs), stop_on_failure=return_when == FIRST_EXCEPTION)
    else:
        raise ValueError("Invalid return condition: %r" % return_when)
    if fs:
        _watch_all(fs, gatherer)
        try:
            gatherer.wait(timeout)
        finally:
            _unwatch_all(fs, gatherer)
    done = set(gatherer.take())
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Iterate over the futures of fs (duplicates once) as they settle; raises TimeoutError if
    some are still unsettled timeout seconds after iteration began."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    unsettled = set(fs)
    gatherer = _Gatherer(1)
    _watch_all(fs, gatherer)
    try:
        while True:
            for future in gatherer.take():
                unsettled.discard(future)
                yield future
            if not unsettled:
                return
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(unsettled), len(fs)))
            gatherer.wait(left)
    finally:
        _unwatch_all(fs, gatherer)


class Future:
    """The outcome of a call that runs asynchronously (made by Executor.submit())."""

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self):
        self._cv = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._watchers = []

    def __repr__(self):
        with self._cv:
            text = '<%s at %#x state=%s' % (type(self).__name__, id(self), _SHOWN_AS[self._state])
            if self._state == FINISHED:
                if self._exception:
                    text += ' raised %s' % type(self._exception).__name__
                else:
                    text += ' returned %s' % type(self._result).__name__
            return text + '>'

    # ---- queries ------------------------------------------------------------------------------

    def cancelled(self):
        with self._cv:
            return self._state in _IS_CANCELLED

    def running(self):
        with self._cv:
            return self._state == RUNNING

    def done(self):
        with self._cv:
            return self._state in _IS_DONE

    def _settle_wait(self, timeout):
        """Wait (lock held) until the future is done or timeout passes; raise CancelledError or
        TimeoutError when there is no outcome to report."""
        if self._state not in _IS_DONE:
            self._cv.wait_for(lambda: self._state in _IS_DONE, timeout)
        if self._state in _IS_CANCELLED:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value (raising its exception), waiting up to timeout seconds."""
        with self._cv:
            self._settle_wait(timeout)
            error = self._exception
            if error is None:
                return self._result
        try:
            raise error
        finally:
            error = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to timeout seconds."""
        with self._cv:
            self._settle_wait(timeout)
            return self._exception

    # ---- callbacks and watchers -----------------------------------------------------------------

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (at once, in this thread, if it already is)."""
        with self._cv:
            if self._state not in _IS_DONE:
                self._callbacks.append(fn)
                return
        self._call_back(fn)

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def _run_callbacks(self):
        for fn in self._callbacks:
            self._call_back(fn)

    def _watch(self, gatherer):
        with self._cv:
            if self._state in _IS_SETTLED:
                gatherer.settled(self, self._failed())
            else:
                self._watchers.append(gatherer)

    def _unwatch(self, gatherer):
        with self._cv:
            if gatherer in self._watchers:
                self._watchers.remove(gatherer)

    def _failed(self):
        return self._state == FINISHED and self._exception is not None

    def _settle(self, state):
        """Enter a final state (lock held): tell the watchers and wake result()/exception()."""
        self._state = state
        failed = self._failed()
        for gatherer in self._watchers:
            gatherer.settled(self, failed)
        self._cv.notify_all()

    # ---- transitions (for executors and tests) --------------------------------------------------

    def cancel(self):
        """Cancel the future unless it is running or done; returns whether it is cancelled."""
        with self._cv:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _IS_CANCELLED:
                return True
            self._state = CANCELLED
            self._cv.notify_all()
        self._run_callbacks()
        return True

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False if the future was cancelled (waiters
        are told now), else mark it running and return True."""
        with self._cv:
            if self._state == CANCELLED:
                self._settle(CANCELLED_AND_NOTIFIED)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _logger().critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._cv:
            if self._state in _IS_DONE:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._settle(FINISHED)
        self._run_callbacks()

    def set_result(self, result):
        """For executors: the call returned result."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        self._finish(None, exception)


def _results_in_order(futures, deadline):
    # Results are handed out in submission order; a future is dropped once its result is given,
    # and the ones not reached (timeout, or the iterator closed early) are cancelled.
    futures.reverse()
    try:
        while futures:
            future = futures.pop()
            try:
                yield future.result(None if deadline is None else deadline - time.monotonic())
            finally:
                future.cancel()
                future = None
    finally:
        for future in futures:
            future.cancel()


class Executor:
    """Base class of the executors: submit() calls, map() over iterables, shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls running concurrently; results come in order,
        each within timeout seconds of the map() call."""
        deadline = None if timeout is None else time.monotonic() + timeout
        return _results_in_order([self.submit(fn, *args) for args in zip(*iterables)], deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources once pending calls are done."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
