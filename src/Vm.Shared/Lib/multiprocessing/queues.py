"""Queues between processes: Queue, JoinableQueue and SimpleQueue (the documented API).

Written from the documentation (docs.python.org/3.13/library/multiprocessing.html).

Design. Items travel pickled through a one-way Pipe. Two process-shared locks keep messages
whole: `_read_lock` among readers, `_write_lock` among writers. A process-shared
BoundedSemaphore, `_places`, counts the free places (maxsize). put() never waits for the pipe:
it takes a place, then appends the item to this process's `_outbox`; a sender thread
("QueueFeederThread") pickles and writes the outbox in order and ends when it is empty (the next
put() starts another). The sender is a non-daemon thread, so a process does not end before what
it put has been written. `_outbox_cv` (local to the process) guards `_outbox` and `_sender`.
A reader gives the place back once it has received an item.
"""

import collections
import threading
import time
import types
from queue import Empty, Full

from . import connection, reduction
from .synchronize import SEM_VALUE_MAX

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class _Picklable:
    """Pickles the process-shared fields named in _SHARED; the process-local part is rebuilt."""

    _SHARED = ()

    def __getstate__(self):
        return tuple(getattr(self, name) for name in self._SHARED)

    def __setstate__(self, state):
        for name, value in zip(self._SHARED, state):
            setattr(self, name, value)
        self._local_setup()

    def _local_setup(self):
        pass

    __class_getitem__ = classmethod(types.GenericAlias)


class Queue(_Picklable):
    """A FIFO queue shared by processes; put() returns before the item is written."""

    _SHARED = ('_tolerate_broken_pipe', '_capacity', '_recv_end', '_send_end', '_read_lock',
               '_write_lock', '_places')

    def __init__(self, maxsize=0, *, ctx):
        self._capacity = maxsize if maxsize > 0 else SEM_VALUE_MAX
        self._recv_end, self._send_end = connection.Pipe(duplex=False)
        self._read_lock = ctx.Lock()
        self._write_lock = ctx.Lock()
        self._places = ctx.BoundedSemaphore(self._capacity)
        self._tolerate_broken_pipe = False
        self._local_setup()

    def _local_setup(self):
        self._outbox_cv = threading.Condition(threading.Lock())
        self._outbox = collections.deque()
        self._sender = None
        self._closed = False
        self._no_join = False

    def _check_open(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    # ---- putting ------------------------------------------------------------------------------

    def put(self, obj, block=True, timeout=None):
        self._check_open()
        if not self._places.acquire(block, timeout):
            raise Full
        self._to_outbox(obj)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def _to_outbox(self, obj):
        with self._outbox_cv:
            self._outbox.append(obj)
            if self._sender is None:
                self._sender = threading.Thread(target=self._send_outbox, name='QueueFeederThread')
                self._sender.start()

    def _send_outbox(self):
        while True:
            with self._outbox_cv:
                if not self._outbox:
                    self._sender = None
                    return
                obj = self._outbox.popleft()
            try:
                payload = reduction.ForkingPickler.dumps(obj)
            except Exception as error:
                # The item is dropped: its place is free again, and the error is shown.
                self._places.release()
                self._unpicklable(error, obj)
                continue
            try:
                with self._write_lock:
                    self._send_end.send_bytes(payload)
            except OSError:
                if not self._tolerate_broken_pipe:
                    raise

    @staticmethod
    def _unpicklable(error, obj):
        import traceback
        traceback.print_exception(error)

    # ---- getting ------------------------------------------------------------------------------

    def get(self, block=True, timeout=None):
        self._check_open()
        if block and timeout is None:
            with self._read_lock:
                payload = self._recv_end.recv_bytes()
        else:
            payload = self._receive_within(timeout if block else 0.0)
        self._places.release()
        return reduction.ForkingPickler.loads(payload)

    def _receive_within(self, seconds):
        deadline = time.monotonic() + seconds
        if not self._read_lock.acquire(True, max(seconds, 0.0)):
            raise Empty
        try:
            if not self._recv_end.poll(max(deadline - time.monotonic(), 0.0)):
                raise Empty
            return self._recv_end.recv_bytes()
        finally:
            self._read_lock.release()

    def get_nowait(self):
        return self.get(False)

    # ---- state ----------------------------------------------------------------------------------

    def qsize(self):
        """Approximate number of items (taken places)."""
        return self._capacity - self._places._get_value()

    def empty(self):
        return not self._recv_end.poll()

    def full(self):
        return self._places._is_zero()

    def close(self):
        """This process will put no more items; the sender still writes what is buffered."""
        self._closed = True
        self._recv_end.close()

    def join_thread(self):
        """Wait for the sender thread (after close())."""
        assert self._closed, "Queue {0!r} not closed".format(self)
        sender = self._sender
        if sender is not None and not self._no_join:
            sender.join()

    def cancel_join_thread(self):
        self._no_join = True


class JoinableQueue(Queue):
    """A Queue whose consumers report each item done, so producers can join() until all are."""

    _SHARED = Queue._SHARED + ('_unfinished', '_all_done')

    def __init__(self, maxsize=0, *, ctx):
        super().__init__(maxsize, ctx=ctx)
        self._unfinished = ctx.Semaphore(0)
        self._all_done = ctx.Condition()

    def _to_outbox(self, obj):
        with self._all_done:
            self._unfinished.release()
            super()._to_outbox(obj)

    def task_done(self):
        with self._all_done:
            if not self._unfinished.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished._is_zero():
                self._all_done.notify_all()

    def join(self):
        with self._all_done:
            while not self._unfinished._is_zero():
                self._all_done.wait()


class SimpleQueue(_Picklable):
    """A queue without a sender thread or size limit: put() writes at once."""

    _SHARED = ('_recv_end', '_send_end', '_read_lock', '_write_lock')

    def __init__(self, *, ctx):
        self._recv_end, self._send_end = connection.Pipe(duplex=False)
        self._read_lock = ctx.Lock()
        self._write_lock = ctx.Lock()

    def empty(self):
        return not self._recv_end.poll()

    def get(self):
        with self._read_lock:
            payload = self._recv_end.recv_bytes()
        return reduction.ForkingPickler.loads(payload)

    def put(self, obj):
        payload = reduction.ForkingPickler.dumps(obj)
        with self._write_lock:
            self._send_end.send_bytes(payload)

    def close(self):
        self._recv_end.close()
        self._send_end.close()
