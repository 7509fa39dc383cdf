"""asyncio queues (asyncio-queue): Queue (FIFO), PriorityQueue, LifoQueue.

Blocked getters and putters wait FIFO on futures. An item added wakes the longest-waiting
getter; an item removed wakes the longest-waiting putter. A woken task re-checks the queue
when it runs (another task may have got there first) and, if it was cancelled after being
woken, passes the wake-up to the next waiter. shutdown() (3.13) makes put raise
QueueShutDown at once and get raise it once the queue is empty (at once if immediate)."""

import collections
import heapq

from . import exceptions
from .sync import Event, _loop_for

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'QueueShutDown')


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class QueueShutDown(Exception):
    """put or get on a queue that has been shut down."""


def _wake_one(waiters):
    while waiters:
        waiter = waiters.popleft()
        if not waiter.done():
            waiter.set_result(None)
            return


class Queue:
    def __init__(self, maxsize=0):
        self._home = None
        self._cap = maxsize
        self._wanting_item = collections.deque()
        self._wanting_room = collections.deque()
        self._unfinished = 0
        self._all_done = Event()
        self._all_done.set()
        self._is_shut_down = False
        self._items = self._new_storage()

    # Storage; the subclasses change the order items come out in.
    def _new_storage(self):
        return collections.deque()

    def _store(self, item):
        self._items.append(item)

    def _take(self):
        return self._items.popleft()

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    def _describe(self):
        text = f'maxsize={self._cap!r}'
        if self._items:
            text += f' _queue={list(self._items)!r}'
        if self._wanting_item:
            text += f' _wanting_item[{len(self._wanting_item)}]'
        if self._wanting_room:
            text += f' _wanting_room[{len(self._wanting_room)}]'
        if self._unfinished:
            text += f' tasks={self._unfinished}'
        if self._is_shut_down:
            text += ' shutdown'
        return text

    __class_getitem__ = classmethod(type(list[int]))

    @property
    def maxsize(self):
        return self._cap

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        if self._cap <= 0:
            return False
        return self.qsize() >= self._cap

    async def _wait_in(self, line, still_blocked):
        """Queue up in `line` until woken. A waiter cancelled after it was woken passes the
        wake-up on to the next in line when `still_blocked()` has become false."""
        ticket = _loop_for(self).create_future()
        line.append(ticket)
        try:
            await ticket
        except:
            ticket.cancel()
            try:
                line.remove(ticket)
            except ValueError:
                pass        # already taken off by the wake-up
            if not still_blocked() and not ticket.cancelled():
                _wake_one(line)
            raise

    async def put(self, item):
        """Put `item`, waiting while the queue is full."""
        while self.full():
            if self._is_shut_down:
                raise QueueShutDown
            await self._wait_in(self._wanting_room, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self._is_shut_down:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._store(item)
        self._unfinished += 1
        self._all_done.clear()
        _wake_one(self._wanting_item)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        while self.empty():
            if self._is_shut_down:
                raise QueueShutDown
            await self._wait_in(self._wanting_item, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            if self._is_shut_down:
                raise QueueShutDown
            raise QueueEmpty
        item = self._take()
        _wake_one(self._wanting_room)
        return item

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            self._all_done.set()

    async def join(self):
        """Wait until every item put has been marked done with task_done()."""
        if self._unfinished > 0:
            await self._all_done.wait()

    def shutdown(self, immediate=False):
        """Refuse further puts; with `immediate`, also drop the queued items."""
        self._is_shut_down = True
        if immediate:
            while not self.empty():
                self._take()
                if self._unfinished > 0:
                    self._unfinished -= 1
            if self._unfinished == 0:
                self._all_done.set()
        while self._wanting_item:
            waiter = self._wanting_item.popleft()
            if not waiter.done():
                waiter.set_result(None)
        while self._wanting_room:
            waiter = self._wanting_room.popleft()
            if not waiter.done():
                waiter.set_result(None)


class PriorityQueue(Queue):
    """Items come out smallest first (heapq order), e.g. (priority, data) tuples."""

    def _new_storage(self):
        return []

    def _store(self, item):
        heapq.heappush(self._items, item)

    def _take(self):
        return heapq.heappop(self._items)


class LifoQueue(Queue):
    """Items come out most recently added first."""

    def _new_storage(self):
        return []

    def _store(self, item):
        self._items.append(item)

    def _take(self):
        return self._items.pop()
