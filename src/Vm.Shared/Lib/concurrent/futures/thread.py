"""ThreadPoolExecutor: calls run on a pool of worker threads (the documented API).

Written from the documentation (docs.python.org/3.13/library/concurrent.futures.html).

Design. Tasks go through one queue.SimpleQueue per executor. A worker that finds the queue empty
releases one permit of `_spare` (the count of idle workers) before blocking on it; submit()
starts a new thread only if it cannot take a permit and fewer than max_workers were started.
Closing puts one `_CLOSE` marker on the queue: a worker that takes it puts it back for the next
worker and ends. `_lock` guards `_closed`, `_broken`, `_workers` and `_started`, so submit(),
shutdown() and a failing initializer never interleave. At interpreter exit (threading's exit
hooks run before non-daemon threads are joined) every executor that still has workers is closed
and its workers joined; `_exit_lock` orders that against submit().
"""

import itertools
import os
import queue
import threading

from concurrent.futures import _base

_CLOSE = None                 # queue marker: no more tasks
_exit_lock = threading.Lock()
_exiting = False
_with_workers = set()         # executors with live worker threads


def _close_all_at_exit():
    global _exiting
    with _exit_lock:
        _exiting = True
        pools = list(_with_workers)
    for pool in pools:
        pool._tasks.put(_CLOSE)
    for pool in pools:
        pool._join_workers()


threading._register_atexit(_close_all_at_exit)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread's initializer failed: the pool is not usable anymore."""


class _Task:
    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future, self.fn, self.args, self.kwargs = future, fn, args, kwargs

    def execute(self):
        future = self.future
        if not future.set_running_or_notify_cancel():
            return
        try:
            outcome = self.fn(*self.args, **self.kwargs)
        except BaseException as error:
            future.set_exception(error)
        else:
            future.set_result(outcome)


class ThreadPoolExecutor(_base.Executor):
    """An Executor running calls on at most max_workers threads, started as needed."""

    _pool_numbers = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # Documented default: enough threads for I/O-bound work, bounded for large machines.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._tasks = queue.SimpleQueue()
        self._spare = threading.Semaphore(0)
        self._lock = threading.Lock()
        self._workers = set()
        self._started = 0
        self._closed = False
        self._broken = None
        self._name_prefix = thread_name_prefix or 'ThreadPoolExecutor-%d' % next(self._pool_numbers)
        self._setup = (initializer, initargs)

    def submit(self, fn, /, *args, **kwargs):
        with self._lock, _exit_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            self._tasks.put(_Task(future, fn, args, kwargs))
            if not self._spare.acquire(timeout=0) and self._started < self._max_workers:
                self._start_worker()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _start_worker(self):
        # Called with _lock and _exit_lock held.
        worker = threading.Thread(name='%s_%d' % (self._name_prefix, self._started), target=self._serve)
        self._started += 1
        self._workers.add(worker)
        _with_workers.add(self)
        worker.start()

    def _serve(self):
        initializer, initargs = self._setup
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._logger().critical('Exception in initializer:', exc_info=True)
                self._break()
                self._leave()
                return
        tasks = self._tasks
        while True:
            try:
                task = tasks.get_nowait()
            except queue.Empty:
                self._spare.release()
                task = tasks.get()
            if task is _CLOSE:
                tasks.put(_CLOSE)
                break
            task.execute()
            task = None
        self._leave()

    def _leave(self):
        with self._lock, _exit_lock:
            self._workers.discard(threading.current_thread())
            if not self._workers:
                _with_workers.discard(self)

    def _break(self):
        with self._lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for task in self._drain():
                task.future.set_exception(BrokenThreadPool(self._broken))
            self._tasks.put(_CLOSE)

    def _drain(self):
        """Take every queued task off the queue (lock held)."""
        taken = []
        while True:
            try:
                task = self._tasks.get_nowait()
            except queue.Empty:
                return taken
            if task is not _CLOSE:
                taken.append(task)

    def _join_workers(self):
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            if worker is not threading.current_thread():
                worker.join()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._closed = True
            if cancel_futures:
                for task in self._drain():
                    task.future.cancel()
            self._tasks.put(_CLOSE)
        if wait:
            self._join_workers()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
