"""asyncio for this VM, written from the documentation at docs.python.org (asyncio-task,
-eventloop, -future, -sync, -queue, -exceptions, -runner). There is no network or
subprocess I/O: the event loop runs callbacks, timers, tasks and executor jobs.

Where things are: exceptions.py (the exception types), inspection.py (iscoroutine, isfuture),
running.py (current loop and policy), handles.py (Handle, TimerHandle), loop.py (EventLoop),
future.py (Future, wrap_future), task.py (Task and task functions), coordination.py (sleep,
gather, shield, wait, wait_for, as_completed), deadlines.py (timeout, Timeout), group.py
(TaskGroup), sync.py (Lock, Event, Condition, Semaphore, Barrier), queues.py, threads.py
(to_thread, run_coroutine_threadsafe), runner.py (run, Runner)."""

from .exceptions import *
from .inspection import *
from .running import *
from .handles import *
from .loop import *
from .future import *
from .task import *
from .coordination import *
from .deadlines import *
from .group import *
from .sync import *
from .queues import *
from .threads import *
from .runner import *

from . import exceptions, inspection, running, handles, loop, future, task, coordination
from . import deadlines, group, sync, queues, threads, runner
