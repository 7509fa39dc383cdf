"""Which event loop is current: the loop running in this thread (get_running_loop), the loop
a thread has set (get_event_loop / set_event_loop, through the event loop policy), and the
factory for new loops (new_event_loop)."""

import threading
import warnings

__all__ = ('AbstractEventLoopPolicy', 'DefaultEventLoopPolicy', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_running_loop', 'get_event_loop', 'set_event_loop',
           'new_event_loop', '_get_running_loop', '_set_running_loop')

# Per thread: `loop` is the loop whose run_forever() is on this thread's stack, if any.
_this_thread = threading.local()


def _running_here():
    """The loop running in this thread, or None."""
    return getattr(_this_thread, 'loop', None)


def _mark_running(loop):
    """Record `loop` (or None) as the one running in this thread."""
    _this_thread.loop = loop


# The documented low-level names (asyncio-extending) for the two helpers above.
_get_running_loop = _running_here
_set_running_loop = _mark_running


def get_running_loop():
    """The event loop running in this OS thread; RuntimeError when there is none."""
    loop = getattr(_this_thread, 'loop', None)
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class AbstractEventLoopPolicy:
    """Decides what get_event_loop, set_event_loop and new_event_loop do."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop per thread. The main thread gets one made on first use (with a
    DeprecationWarning, as 3.12+ does); other threads must set theirs."""

    def __init__(self):
        self._slots = threading.local()

    def get_event_loop(self):
        slots = self._slots
        loop = getattr(slots, 'loop', None)
        if (loop is None and not getattr(slots, 'explicitly_set', False)
                and threading.current_thread() is threading.main_thread()):
            warnings.warn('There is no current event loop', DeprecationWarning, stacklevel=3)
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        if loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return loop

    def set_event_loop(self, loop):
        from .loop import AbstractEventLoop
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        self._slots.explicitly_set = True
        self._slots.loop = loop

    def new_event_loop(self):
        from .loop import EventLoop
        return EventLoop()


_policy = None
_policy_lock = threading.Lock()


def get_event_loop_policy():
    """The process-wide event loop policy (made on first use)."""
    global _policy
    if _policy is None:
        with _policy_lock:
            if _policy is None:
                _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Replace the policy; None restores the default one."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop when called from a coroutine or callback, else the policy's loop."""
    loop = getattr(_this_thread, 'loop', None)
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
