"""A first asyncio of this VM's own: an event loop without sockets or subprocesses (timers,
call_soon/call_later/call_at, thread-safe calls), Futures and Tasks, sleep, gather, wait,
wait_for, timeout, shield, as_completed, TaskGroup, Lock/Event/Condition/Semaphore, queues,
to_thread and run(). Written from the documented behaviour of CPython 3.13's asyncio; what it does not have
raises AttributeError naming it."""

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .locks import *
from .queues import *
from .runners import *
from .threads import *

from . import coroutines, events, exceptions, futures, locks, queues, runners, taskgroups, tasks, threads, timeouts

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ + futures.__all__ + tasks.__all__ + taskgroups.__all__
           + timeouts.__all__ + locks.__all__ + queues.__all__ + runners.__all__ + threads.__all__)


def __getattr__(name):
    raise AttributeError(f"module 'asyncio' has no attribute {name!r} "
                         f"(this VM's asyncio has no sockets, subprocesses or streams yet)")
