"""Control-C handling for test runs (the -c/--catch option).

installHandler() replaces the SIGINT handler: the first Control-C asks every registered result to
stop after the current test, so the run ends with a report; a second one raises
KeyboardInterrupt as usual. Results are held weakly, so registering one does not keep it alive.
The signal module is imported only when a handler is installed or removed.
"""

import functools
import weakref

__unittest = True

_live_results = weakref.WeakKeyDictionary()
_installed = None   # the InterruptHandler while installed


class InterruptHandler:
    def __init__(self, previous):
        import signal
        self.called = False
        self.previous = previous
        if isinstance(previous, int):
            if previous == signal.SIG_DFL:
                previous = signal.default_int_handler
            elif previous == signal.SIG_IGN:
                previous = lambda signum, frame: None
            else:
                raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                                "signal.SIG_DFL, or a callable object")
        self.previous_callable = previous

    def __call__(self, signum, frame):
        import signal
        current = signal.getsignal(signal.SIGINT)
        if current is not self:
            # Someone replaced us: hand the signal on.
            self.previous_callable(signum, frame)
        if self.called:
            self.previous_callable(signum, frame)
        self.called = True
        for result in list(_live_results.keys()):
            result.stop()


def registerResult(result):
    """Have result stopped by Control-C once installHandler() is in effect."""
    _live_results[result] = 1


def removeResult(result):
    """Stop stopping result on Control-C; returns whether it was registered."""
    return bool(_live_results.pop(result, None))


def installHandler():
    global _installed
    import signal
    if _installed is None:
        _installed = InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _installed)


def removeHandler(method=None):
    """Restore the previous SIGINT handler; used as a decorator, only while the function runs."""
    global _installed
    import signal
    if method is not None:
        @functools.wraps(method)
        def without_handler(*args, **kwargs):
            before = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, before)
        return without_handler
    if _installed is not None:
        signal.signal(signal.SIGINT, _installed.previous)
        _installed = None
    return None
