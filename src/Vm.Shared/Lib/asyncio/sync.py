"""Synchronization primitives for tasks of one event loop (asyncio-sync): Lock, Event,
Condition, Semaphore, BoundedSemaphore, Barrier. None of them is thread-safe.

Waiters queue FIFO as futures. Waking a waiter completes its future; the waiter finishes
taking what it was waiting for when its task next runs. A waiter that is cancelled after it
was woken hands the wake-up on to the next waiter, so no release is lost."""

import collections
import enum

from . import exceptions
from . import running

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


def _loop_for(primitive):
    """The running loop; a primitive belongs to the loop it first waited in, and using it
    from another loop afterwards is an error."""
    loop = running.get_running_loop()
    home = primitive._home
    if home is None:
        primitive._home = loop
    elif home is not loop:
        raise RuntimeError(f'{primitive!r} is bound to a different event loop')
    return loop


def _shown(primitive, state, waiting=None):
    """`<module.Class object at 0x... [state, waiters:N]>`, how the primitives print."""
    if waiting:
        state += f', waiters:{len(waiting)}'
    kind = type(primitive)
    return f'<{kind.__module__}.{kind.__qualname__} object at {id(primitive):#x} [{state}]>'


class _AsyncWithAcquire:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _first_pending(waiters):
    for fut in waiters:
        if not fut.done():
            return fut
    return None


class Lock(_AsyncWithAcquire):
    """A mutual-exclusion lock; acquisition is first come, first served."""

    def __init__(self):
        self._home = None
        self._blocked = collections.deque()
        self._held = False

    def __repr__(self):
        return _shown(self, 'locked' if self._held else 'unlocked', self._blocked)

    def locked(self):
        return self._held

    async def acquire(self):
        if not self._held and all(w.cancelled() for w in self._blocked):
            self._held = True
            return True
        turn = _loop_for(self).create_future()
        self._blocked.append(turn)
        try:
            try:
                await turn
            finally:
                self._blocked.remove(turn)
        except exceptions.CancelledError:
            # Woken, then cancelled before taking the lock: pass the turn on.
            if turn.done() and not turn.cancelled() and not self._held:
                self._wake_next()
            raise
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._wake_next()

    def _wake_next(self):
        waiter = _first_pending(self._blocked)
        if waiter is not None:
            waiter.set_result(True)


class Event:
    """A flag tasks can wait for; set() wakes every waiter."""

    def __init__(self):
        self._home = None
        self._blocked = collections.deque()
        self._flag = False

    def __repr__(self):
        return _shown(self, 'set' if self._flag else 'unset', self._blocked)

    def is_set(self):
        return self._flag

    def set(self):
        if self._flag:
            return
        self._flag = True
        for waiter in self._blocked:
            if not waiter.done():
                waiter.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if self._flag:
            return True
        signal = _loop_for(self).create_future()
        self._blocked.append(signal)
        try:
            await signal
            return True
        finally:
            self._blocked.remove(signal)


class Condition(_AsyncWithAcquire):
    """A condition variable over a Lock (a new one unless given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._home = None
        self._mutex = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._blocked = collections.deque()

    def __repr__(self):
        return _shown(self, 'locked' if self.locked() else 'unlocked', self._blocked)

    async def wait(self):
        """Release the lock, wait for a notify, take the lock again; return True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        loop = _loop_for(self)
        self.release()
        try:
            signal = loop.create_future()
            self._blocked.append(signal)
            try:
                await signal
                return True
            except exceptions.CancelledError:
                if signal.done() and not signal.cancelled():
                    self._notify_some(1)    # notified, then cancelled: pass it on
                raise
            finally:
                self._blocked.remove(signal)
        finally:
            await self._take_back()

    async def _take_back(self):
        # The lock must be held again before wait() returns or raises, even if the task is
        # cancelled while waiting for it; such a cancellation is raised once it is held.
        late_cancel = None
        while True:
            try:
                await self.acquire()
                break
            except exceptions.CancelledError as cancelled:
                late_cancel = cancelled
        if late_cancel is not None:
            raise late_cancel

    async def wait_for(self, predicate):
        """Wait until `predicate()` is true; return its value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._notify_some(n)

    def notify_all(self):
        self.notify(len(self._blocked))

    def _notify_some(self, n):
        woken = 0
        for waiter in self._blocked:
            if woken >= n:
                break
            if not waiter.done():
                woken += 1
                waiter.set_result(False)


class Semaphore(_AsyncWithAcquire):
    """A counter of free slots; acquire() takes one (waiting FIFO when none is free),
    release() returns one."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._home = None
        self._free = value
        self._blocked = collections.deque()

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._free}'
        return _shown(self, state, self._blocked)

    def locked(self):
        """True when acquire() would have to wait."""
        return self._free == 0 or any(not w.cancelled() for w in self._blocked)

    async def acquire(self):
        if not self.locked():
            self._free -= 1
            return True
        slot = _loop_for(self).create_future()
        self._blocked.append(slot)
        try:
            try:
                await slot
            finally:
                self._blocked.remove(slot)
        except exceptions.CancelledError:
            if slot.done() and not slot.cancelled():
                self._free += 1        # a slot was handed to us: give it back
            raise
        finally:
            self._hand_out()
        return True

    def release(self):
        self._free += 1
        self._hand_out()

    def _hand_out(self):
        # Give each free slot to the longest-waiting task; it owns the slot from now on.
        while self._free > 0:
            waiter = _first_pending(self._blocked)
            if waiter is None:
                return
            self._free -= 1
            waiter.set_result(True)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to raise the value above its initial one."""

    def __init__(self, value=1):
        self._limit = value
        super().__init__(value)

    def release(self):
        if self._free >= self._limit:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _Phase(enum.Enum):
    FILLING = 'filling'
    DRAINING = 'draining'
    RESETTING = 'resetting'
    BROKEN = 'broken'


class Barrier:
    """Blocks `parties` tasks until all of them have called wait(); then releases them all.

    A round fills (tasks arrive), then drains (the released tasks leave). Tasks that arrive
    while a round drains wait for the next round. reset() and abort() make waiting tasks
    raise BrokenBarrierError; after abort() the barrier stays broken."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._gate = Condition()
        self._size = parties
        self._phase = _Phase.FILLING
        self._inside = 0            # tasks between arriving and leaving wait()

    def __repr__(self):
        state = self._phase.value
        if not self.broken:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        return _shown(self, state)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the round to fill; return this task's arrival index (0 .. parties-1)."""
        async with self._gate:
            await self._gate.wait_for(
                lambda: self._phase not in (_Phase.DRAINING, _Phase.RESETTING))
            if self._phase is _Phase.BROKEN:
                raise exceptions.BrokenBarrierError('Barrier aborted')
            try:
                index = self._inside
                self._inside += 1
                if index + 1 == self._size:
                    self._phase = _Phase.DRAINING
                    self._gate.notify_all()
                else:
                    await self._gate.wait_for(lambda: self._phase is not _Phase.FILLING)
                    if self._phase in (_Phase.BROKEN, _Phase.RESETTING):
                        raise exceptions.BrokenBarrierError('Barrier aborted')
                return index
            finally:
                self._inside -= 1
                if self._inside == 0 and self._phase in (_Phase.DRAINING, _Phase.RESETTING):
                    self._phase = _Phase.FILLING
                    self._gate.notify_all()

    async def reset(self):
        """Return the barrier to the filling state; current waiters get BrokenBarrierError."""
        async with self._gate:
            if self._inside > 0:
                if self._phase is not _Phase.RESETTING:
                    self._phase = _Phase.RESETTING
            else:
                self._phase = _Phase.FILLING
            self._gate.notify_all()

    async def abort(self):
        """Break the barrier: current and future waiters get BrokenBarrierError."""
        async with self._gate:
            self._phase = _Phase.BROKEN
            self._gate.notify_all()

    @property
    def parties(self):
        return self._size

    @property
    def n_waiting(self):
        return self._inside if self._phase is _Phase.FILLING else 0

    @property
    def broken(self):
        return self._phase is _Phase.BROKEN
