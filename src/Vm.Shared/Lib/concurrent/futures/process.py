"""ProcessPoolExecutor (FreeThreaded VM implementation): a pool of VM worker processes.

Built on multiprocessing's worker set (multiprocessing/_workers.py): each worker process has
its own duplex Pipe, and one parent thread per worker hands it a call, waits for the outcome
and completes the Future. multiprocessing is imported only when the first executor is made.
"""

import os
import threading

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process died abruptly: the pool is not usable anymore."""


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if mp_context is None:
            import multiprocessing
            mp_context = multiprocessing.get_context('spawn' if max_tasks_per_child is not None else None)
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._mp_context = mp_context
        self._max_tasks_per_child = max_tasks_per_child
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._shutdown_lock = threading.Lock()
        self._shutdown = False
        self._broken = False
        self._workers = None

    def _start_workers_locked(self):
        if self._workers is None:
            from multiprocessing._workers import WorkerSet
            self._workers = WorkerSet(self._mp_context, self._max_workers, self._initializer,
                                      self._initargs, self._worker_broken,
                                      maxtasks=self._max_tasks_per_child)

    def _worker_broken(self, message):
        self._broken = message

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            self._start_workers_locked()
            f = _base.Future()
            self._workers.submit(fn, args, kwargs, f.set_result, f.set_exception,
                                 f.set_running_or_notify_cancel, BrokenProcessPool)
            return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            workers = self._workers
        if workers is not None:
            workers.close(wait=wait, cancel_pending=cancel_futures)
