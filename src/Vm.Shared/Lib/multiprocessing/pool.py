"""Pool: a fixed set of worker processes (see _workers.WorkerSet) running map/apply calls.

Results are collected by ApplyResult / MapResult / IMapIterator objects; each guards its
state with a threading.Condition that the dispatcher threads notify."""

import collections
import itertools
import os
import threading
import time

from . import context
from ._workers import WorkerSet

__all__ = ['Pool', 'ThreadPool']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def _chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = tuple(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


class ApplyResult:

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._callback = callback
        self._error_callback = error_callback
        self._ready = False
        self._success = None
        self._value = None

    def ready(self):
        return self._ready

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        with self._cond:
            if not self._ready:
                self._cond.wait_for(lambda: self._ready, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise context.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, success, value):
        if success and self._callback:
            self._callback(value)
        if not success and self._error_callback:
            self._error_callback(value)
        with self._cond:
            self._success = success
            self._value = value
            self._ready = True
            self._cond.notify_all()

    def __class_getitem__(cls, item):
        return cls


AsyncResult = ApplyResult


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._value = [None] * length
        self._chunksize = chunksize
        self._pending = (length + chunksize - 1) // chunksize if length else 0
        self._failed = False
        self._lock = threading.Lock()
        if self._pending == 0:
            self._success = True
            self._ready = True
            if callback:
                callback(self._value)

    def _chunk_done(self, i, success, result):
        with self._lock:
            if self._failed:
                return
            if success:
                self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
                self._pending -= 1
                if self._pending:
                    return
                final = (True, self._value)
            else:
                self._failed = True
                final = (False, result)
        self._set(*final)


class IMapIterator:

    def __init__(self, pool, ordered):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._ordered = ordered
        self._items = collections.deque()
        self._unsorted = {}
        self._next_index = 0
        self._index = 0          # next chunk index to yield (ordered)
        self._length = None      # number of chunks, once known

    def __iter__(self):
        return self

    def _chunk_done(self, i, success, result):
        with self._cond:
            if self._ordered:
                self._unsorted[i] = (success, result)
                while self._index in self._unsorted:
                    s, r = self._unsorted.pop(self._index)
                    self._push(s, r)
                    self._index += 1
            else:
                self._push(success, result)
                self._index += 1
            self._cond.notify_all()

    def _push(self, success, result):
        if success:
            for item in result:
                self._items.append((True, item))
        else:
            self._items.append((False, result))

    def _set_length(self, n):
        with self._cond:
            self._length = n
            self._cond.notify_all()

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._length is not None and self._index >= self._length:
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    if not self._items:
                        raise context.TimeoutError from None
            success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    def __init__(self, pool):
        IMapIterator.__init__(self, pool, False)


class Pool:
    """A pool of worker processes."""

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._state = INIT
        if context is None:
            from .context import _default_context
            context = _default_context.get_context()
        self._ctx = context
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._workers = WorkerSet(context, processes, initializer, initargs, maxtasks=maxtasksperchild,
                                  pool_names=True)
        self._state = RUN

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'state={self._state} pool_size={self._processes}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, fn, args, kwds, done):
        self._workers.submit(fn, args, kwds, lambda v: done(True, v), lambda e: done(False, e))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(func, tuple(args), dict(kwds), result._set)
        return result

    def _default_chunksize(self, n):
        chunksize, extra = divmod(n, self._processes * 4)
        if extra:
            chunksize += 1
        return chunksize or 1

    def _map_async(self, func, iterable, star, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize = self._default_chunksize(len(iterable))
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        helper = starmapstar if star else mapstar
        for i, chunk in enumerate(_chunks(iterable, chunksize)):
            self._submit(helper, ((func, chunk),), {}, lambda s, v, i=i: result._chunk_done(i, s, v))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, False, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, True, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, True, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self, ordered)
        n = 0
        for i, chunk in enumerate(_chunks(iterable, chunksize)):
            self._submit(mapstar, ((func, chunk),), {}, lambda s, v, i=i: result._chunk_done(i, s, v))
            n += 1
        result._set_length(n)
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._workers.close(wait=False)

    def terminate(self):
        self._state = TERMINATE
        self._workers.terminate()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._workers.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')


class ThreadPool(Pool):
    """Pool's interface on threads of this process."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        from concurrent.futures import ThreadPoolExecutor
        self._state = INIT
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._processes = processes
        self._executor = ThreadPoolExecutor(processes, initializer=initializer, initargs=initargs)
        self._state = RUN

    def _submit(self, fn, args, kwds, done):
        f = self._executor.submit(fn, *args, **kwds)

        def finished(f):
            e = f.exception()
            done(e is None, f.result() if e is None else e)
        f.add_done_callback(finished)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE
        self._executor.shutdown(wait=False, cancel_futures=True)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._executor.shutdown(wait=True)
