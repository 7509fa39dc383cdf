"""Synchronised queues for passing items between threads (FreeThreaded's implementation).

Queue, LifoQueue and PriorityQueue share one engine: a mutex with three conditions on it
(not_empty, not_full, all_tasks_done), and four storage hooks (_init, _qsize, _put, _get) that
the subclasses override, as in CPython, so user subclasses written for CPython work here too.
Blocking waits are Condition waits, which release the GIL / suspend critical sections.
"""

import threading
from heapq import heappop as _heappop, heappush as _heappush
from time import monotonic as _monotonic

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

try:
    # The native deque (collections.deque is this type); without it, a small list-based FIFO.
    from _collections import deque as _deque
except ImportError:
    _deque = None


class Empty(Exception):
    """Raised by get(block=False) / get_nowait() on an empty queue (or a timed-out get)."""
    pass


class Full(Exception):
    """Raised by put(block=False) / put_nowait() on a full queue (or a timed-out put)."""
    pass


class ShutDown(Exception):
    """Raised by put() on a shut-down queue, and by get() on a shut-down, empty one."""
    pass


class _Fifo:
    """A minimal FIFO (used when collections.deque is not available): list plus head index."""

    def __init__(self):
        self._items = []
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def pop(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items.pop()
        if self._head >= len(self._items):
            self._items = []
            self._head = 0
        return item

    def clear(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __repr__(self):
        return "deque(%r)" % (self._items[self._head:],)


def _new_fifo():
    return _deque() if _deque is not None else _Fifo()


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    # ---- task tracking

    def task_done(self):
        """Tell the queue that one item taken with get() has been processed."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Block until every item put has been got and marked done with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    # ---- size (approximate: another thread may change it right after)

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # ---- put / get

    def put(self, item, block=True, timeout=None):
        """Put item in the queue, waiting for a free slot if block (at most timeout seconds)."""
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                else:
                    _check_timeout(timeout)
                    deadline = None if timeout is None else _monotonic() + timeout
                    while self._qsize() >= self.maxsize:
                        if deadline is None:
                            self.not_full.wait()
                        else:
                            remaining = deadline - _monotonic()
                            if remaining <= 0.0:
                                raise Full
                            self.not_full.wait(remaining)
                        if self.is_shutdown:
                            raise ShutDown
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block (at most timeout seconds)."""
        with self.not_empty:
            if self.is_shutdown and not self._qsize():
                raise ShutDown
            if not block:
                if not self._qsize():
                    raise Empty
            else:
                _check_timeout(timeout)
                deadline = None if timeout is None else _monotonic() + timeout
                while not self._qsize():
                    if deadline is None:
                        self.not_empty.wait()
                    else:
                        remaining = deadline - _monotonic()
                        if remaining <= 0.0:
                            raise Empty
                        self.not_empty.wait(remaining)
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Shut the queue down: put() raises ShutDown, get() too once the queue is empty.

        With immediate=True the queue is emptied at once (and join() released).
        """
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    if self.unfinished_tasks > 0:
                        self.unfinished_tasks -= 1
                self.all_tasks_done.notify_all()
            self.not_empty.notify_all()
            self.not_full.notify_all()

    # ---- storage hooks (called with the mutex held)

    def _init(self, maxsize):
        self.queue = _new_fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class PriorityQueue(Queue):
    """Items come out lowest first (a binary heap); entries are typically (priority, data)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Items come out most recently put first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking; put() never blocks."""

    def __init__(self):
        self._queue = _new_fifo()
        self._cond = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Put item in the queue (block and timeout exist for compatibility with Queue.put)."""
        with self._cond:
            self._queue.append(item)
            self._cond.notify()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if block (at most timeout seconds)."""
        with self._cond:
            if not block:
                if not self._queue:
                    raise Empty
            else:
                _check_timeout(timeout)
                deadline = None if timeout is None else _monotonic() + timeout
                while not self._queue:
                    if deadline is None:
                        self._cond.wait()
                    else:
                        remaining = deadline - _monotonic()
                        if remaining <= 0.0:
                            raise Empty
                        self._cond.wait(remaining)
            return self._queue.popleft()

    def get_nowait(self):
        return self.get(block=False)

    def empty(self):
        with self._cond:
            return not self._queue

    def qsize(self):
        with self._cond:
            return len(self._queue)

    @classmethod
    def __class_getitem__(cls, item):
        return cls
