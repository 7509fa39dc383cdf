"""Queues between processes.

Queue: a one-way Pipe plus two SemLocks (`_rlock` serialises readers, `_wlock` writers, each
across processes) and a BoundedSemaphore counting free slots. put() only appends to a local
buffer; a feeder thread of the putting process pickles and sends the buffered items. The
feeder exits when the buffer is empty and put() starts a new one as needed, so it is an
ordinary non-daemon thread: the process does not exit before its buffered items are sent.
`_notempty` (a threading.Condition) guards `_buffer` and `_thread`."""

import collections
import os
import sys
import threading
import time
from queue import Empty, Full

from . import connection, reduction, util
from .synchronize import SEM_VALUE_MAX

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:

    def __init__(self, maxsize=0, *, ctx):
        if maxsize <= 0:
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = ctx.Lock()
        self._wlock = ctx.Lock()
        self._sem = ctx.BoundedSemaphore(maxsize)
        self._ignore_epipe = False
        self._reset()

    def __getstate__(self):
        return (self._ignore_epipe, self._maxsize, self._reader, self._writer,
                self._rlock, self._wlock, self._sem)

    def __setstate__(self, state):
        (self._ignore_epipe, self._maxsize, self._reader, self._writer,
         self._rlock, self._wlock, self._sem) = state
        self._reset()

    def _reset(self):
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = collections.deque()
        self._thread = None
        self._closed = False
        self._joincancelled = False
        self._feeder_stop = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty:
            self._buffer.append(obj)
            if self._thread is None:
                self._start_thread()
            self._notempty.notify()

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            with self._rlock:
                res = self._reader.recv_bytes()
            self._sem.release()
        else:
            if block:
                deadline = time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if block:
                    timeout = deadline - time.monotonic()
                    if not self._reader.poll(timeout):
                        raise Empty
                elif not self._reader.poll():
                    raise Empty
                res = self._reader.recv_bytes()
                self._sem.release()
            finally:
                self._rlock.release()
        return reduction.ForkingPickler.loads(res)

    def qsize(self):
        return self._maxsize - self._sem._get_value()

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return self._sem._is_zero()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True
        self._reader.close()

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)
        t = self._thread
        if t is not None:
            t.join()

    def cancel_join_thread(self):
        self._joincancelled = True

    def _start_thread(self):
        # Called with _notempty held.
        t = threading.Thread(target=self._feed, name='QueueFeederThread')
        self._thread = t
        t.start()

    def _feed(self):
        while True:
            with self._notempty:
                if not self._buffer:
                    self._thread = None
                    return
                obj = self._buffer.popleft()
            try:
                data = reduction.ForkingPickler.dumps(obj)
            except Exception:
                self._sem.release()
                self._on_queue_feeder_error(sys.exc_info()[1], obj)
                continue
            try:
                with self._wlock:
                    self._writer.send_bytes(data)
            except OSError:
                if not self._ignore_epipe:
                    raise

    @staticmethod
    def _on_queue_feeder_error(e, obj):
        sys.stderr.write('Traceback (most recent call last):\n')
        sys.excepthook(type(e), e, e.__traceback__)

    def __class_getitem__(cls, item):
        return cls


class JoinableQueue(Queue):

    def __init__(self, maxsize=0, *, ctx):
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = ctx.Semaphore(0)
        self._cond = ctx.Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-2])
        self._cond, self._unfinished_tasks = state[-2:]

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty, self._cond:
            self._buffer.append(obj)
            self._unfinished_tasks.release()
            if self._thread is None:
                self._start_thread()
            self._notempty.notify()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._is_zero():
                self._cond.wait()


class SimpleQueue:

    def __init__(self, *, ctx):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = ctx.Lock()
        self._wlock = ctx.Lock()

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._reader.poll()

    def __getstate__(self):
        return (self._reader, self._writer, self._rlock, self._wlock)

    def __setstate__(self, state):
        (self._reader, self._writer, self._rlock, self._wlock) = state

    def get(self):
        with self._rlock:
            res = self._reader.recv_bytes()
        return reduction.ForkingPickler.loads(res)

    def put(self, obj):
        obj = reduction.ForkingPickler.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(obj)

    def __class_getitem__(cls, item):
        return cls
