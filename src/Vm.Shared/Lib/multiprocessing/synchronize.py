"""Locks, semaphores, conditions, events and barriers shared between processes.

Each is built on SemLock: a POSIX named semaphore opened by name in every process (the name
travels in the pickle). Ownership of locks (which thread of which process holds it, and the
recursion count of an RLock) is bookkeeping of the process that holds it; the semaphore alone
carries the state all processes share. Names are unlinked when the creating process exits."""

import itertools
import os
import sys
import threading
import time

import _multiprocessing as _mp

from . import util

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

RECURSIVE_MUTEX, SEMAPHORE = list(range(2))
SEM_VALUE_MAX = 2147483647


class SemLock:
    """A named semaphore with CPython's SemLock interface (acquire/release/_count/_is_mine)."""

    def __init__(self, kind, value, maxvalue, *, ctx=None):
        name = '/' + util.unique_name('mp')
        self._handle = _mp.sem_open(name, True, value)
        self._setup(name, kind, maxvalue)
        util.register_cleanup(lambda n=name: _mp.sem_unlink(n))

    def _setup(self, name, kind, maxvalue):
        self.name = name
        self.kind = kind
        self.maxvalue = maxvalue
        self._owner = None
        self._depth = 0

    def __getstate__(self):
        return (self.name, self.kind, self.maxvalue)

    def __setstate__(self, state):
        name, kind, maxvalue = state
        self._handle = _mp.sem_open(name, False, 0)
        self._setup(name, kind, maxvalue)

    def _me(self):
        return (os.getpid(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        if self.kind == RECURSIVE_MUTEX and self._owner == self._me():
            self._depth += 1
            return True
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = 0
        if not _mp.sem_wait(self._handle, timeout):
            return False
        self._owner = self._me()
        self._depth = 1
        return True

    def release(self):
        if self.kind == RECURSIVE_MUTEX:
            if self._owner != self._me():
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._depth > 1:
                self._depth -= 1
                return
        elif self.maxvalue != SEM_VALUE_MAX and _mp.sem_getvalue(self._handle) >= self.maxvalue:
            raise ValueError("semaphore or lock released too many times")
        self._owner = None
        self._depth = 0
        _mp.sem_post(self._handle)

    def _count(self):
        return self._depth if self._owner == self._me() else 0

    def _is_mine(self):
        return self._owner == self._me() and self._depth > 0

    def _get_value(self):
        return _mp.sem_getvalue(self._handle)

    def _is_zero(self):
        return _mp.sem_getvalue(self._handle) == 0

    def _after_fork(self):
        self._owner = None
        self._depth = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()


class Semaphore(SemLock):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._get_value()

    def __repr__(self):
        try:
            value = self._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, value, self.maxvalue)


class Lock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        if self._is_mine():
            name = 'MainThread' if threading.current_thread() is threading.main_thread() else threading.current_thread().name
            owner = 'Process-%s|%s' % (os.getpid(), name)
        elif self._get_value() == 1:
            owner = 'None'
        else:
            owner = 'SomeOtherThread'
        return '<%s(owner=%s)>' % (self.__class__.__name__, owner)


class RLock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        if self._is_mine():
            owner, count = 'mine', self._count()
        elif self._get_value() == 1:
            owner, count = 'None', 0
        else:
            owner, count = 'SomeOtherThread', 'nonzero'
        return '<%s(%s, %s)>' % (self.__class__.__name__, owner, count)


class Condition:
    """A condition variable across processes.

    Waiters count themselves in `_sleeping`, release the lock and block on `_wait_sem`; notify()
    first forgets waiters that timed out (each left a token in `_woken`), then wakes up to n
    sleepers and waits until each of them has taken its token, so a notify wakes only waiters
    that were already sleeping."""

    def __init__(self, lock=None, *, ctx):
        from .context import _default_context
        self._lock = lock or RLock(ctx=ctx)
        self._sleeping = Semaphore(0, ctx=ctx)
        self._woken = Semaphore(0, ctx=ctx)
        self._wait_sem = Semaphore(0, ctx=ctx)
        self._make_methods()

    def __getstate__(self):
        return (self._lock, self._sleeping, self._woken, self._wait_sem)

    def __setstate__(self, state):
        (self._lock, self._sleeping, self._woken, self._wait_sem) = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        try:
            num_waiters = self._sleeping._get_value() - self._woken._get_value()
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping.release()
        count = self._lock._count()
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_sem.acquire(True, timeout)
        finally:
            self._woken.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._is_mine(), 'lock is not owned'
        assert not self._wait_sem.acquire(False)
        while self._woken.acquire(False):
            res = self._sleeping.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping.acquire(False):
            self._wait_sem.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken.acquire()
            while self._wait_sem.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:

    def __init__(self, *, ctx):
        self._cond = Condition(Lock(ctx=ctx), ctx=ctx)
        self._flag = Semaphore(0, ctx=ctx)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier:
    """A barrier for `parties` processes; its state (count, generation) lives in shared memory."""

    def __init__(self, parties, action=None, timeout=None, *, ctx):
        from .sharedctypes import RawArray
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(ctx=ctx)
        self._state = RawArray('q', 3)   # waiting count, generation, broken flag
        self._parties = parties
        self._action = action
        self._timeout = timeout

    def __getstate__(self):
        return (self._parties, self._action, self._timeout, self._cond, self._state)

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond, self._state) = state

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._state[0]

    @property
    def broken(self):
        return self._state[2] != 0

    def wait(self, timeout=None):
        from threading import BrokenBarrierError
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._state[2]:
                raise BrokenBarrierError
            generation = self._state[1]
            index = self._state[0]
            self._state[0] = index + 1
            if index + 1 == self._parties:
                try:
                    if self._action:
                        self._action()
                except BaseException:
                    self._state[2] = 1
                    self._cond.notify_all()
                    raise
                self._state[0] = 0
                self._state[1] = generation + 1
                self._cond.notify_all()
                return index
            ok = self._cond.wait_for(lambda: self._state[1] != generation or self._state[2], timeout)
            if self._state[2] or not ok:
                self._state[2] = 1
                self._cond.notify_all()
                raise BrokenBarrierError
            return index

    def abort(self):
        with self._cond:
            self._state[2] = 1
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            self._state[0] = 0
            self._state[2] = 0
            self._cond.notify_all()
