"""A general-purpose event scheduler: events run at their time, earlier priority numbers first among
events due at the same time. Written for pyvm from the documented behaviour of Python 3.13.

The queue is a heap of Event tuples (time, priority, sequence, ...); the sequence number (unique,
increasing) keeps events that tie on time and priority in the order they were scheduled. A lock
guards the queue so other threads may enter or cancel events while run() waits."""

import heapq
import threading
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=None):
        """timefunc() returns the current time; delayfunc(t) waits t of those units."""
        if delayfunc is None:
            import time
            delayfunc = time.sleep
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at time; return the event (for cancel())."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True if the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events until the queue is empty, waiting with delayfunc for each one's time. With
        blocking=False, run only the events that are due and return the time to the next one
        (None if none is left)."""
        while True:
            with self._lock:
                if not self._queue:
                    return None
                event = self._queue[0]
                now = self.timefunc()
                due = event.time <= now
                if due:
                    heapq.heappop(self._queue)
            if not due:
                if not blocking:
                    return event.time - now
                self.delayfunc(event.time - now)
            else:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)   # let other threads run

    @property
    def queue(self):
        """The upcoming events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return sorted(events)
