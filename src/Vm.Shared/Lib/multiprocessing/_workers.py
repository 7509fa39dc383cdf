"""A set of worker processes that run calls for Pool and ProcessPoolExecutor.

Each worker is a daemonic child process with its own duplex Pipe. In the parent, one
"dispatcher" thread per worker takes the next task from the shared `_tasks` queue
(a queue.SimpleQueue, so workers that finish early take more work), sends it to its worker,
waits for the outcome and reports it through the task's callbacks. A worker that dies makes
its dispatcher report the task as failed and mark the set broken. close() puts one None per
dispatcher: each one tells its worker to exit and ends."""

import os
import queue
import threading

from . import process

__all__ = ['WorkerSet']


def _worker_main(conn, initializer, initargs, maxtasks):
    """The loop of a worker process: receive (fn, args, kwargs), send back (ok, value)."""
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            break
        if task is None:
            break
        fn, args, kwargs = task
        try:
            result = (True, fn(*args, **kwargs))
        except BaseException as e:
            result = (False, e)
        try:
            conn.send(result)
        except Exception as e:
            from .pool import MaybeEncodingError
            conn.send((False, MaybeEncodingError(e, result[1])))
        done += 1
        del task, fn, args, kwargs, result


class WorkerSet:

    def __init__(self, ctx, n, initializer=None, initargs=(), on_broken=None, maxtasks=None, pool_names=False):
        self._ctx = ctx
        self._pool_names = pool_names
        self._tasks = queue.SimpleQueue()
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasks = maxtasks
        self._on_broken = on_broken
        self._broken = None
        self._closed = False
        self._lock = threading.Lock()
        self._processes = []
        self._dispatchers = []
        for i in range(n):
            self._add_worker()

    def _start_process(self):
        parent_conn, child_conn = self._ctx.Pipe()
        p = self._ctx.Process(target=_worker_main,
                              args=(child_conn, self._initializer, self._initargs, self._maxtasks))
        if self._pool_names:
            p.name = p.name.replace('Process', 'PoolWorker')
        p.daemon = True
        p.start()
        child_conn.close()
        return p, parent_conn

    def _add_worker(self):
        p, conn = self._start_process()
        self._processes.append(p)
        t = threading.Thread(target=self._dispatch, args=(p, conn), daemon=True)
        self._dispatchers.append(t)
        t.start()

    def submit(self, fn, args, kwargs, on_result, on_error, on_start=None, broken_type=None):
        self._tasks.put((fn, args, kwargs, on_result, on_error, on_start, broken_type))

    def _dispatch(self, proc, conn):
        done = 0
        while True:
            task = self._tasks.get()
            if task is None:
                try:
                    conn.send(None)
                except OSError:
                    pass
                conn.close()
                return
            fn, args, kwargs, on_result, on_error, on_start, broken_type = task
            if on_start is not None and not on_start():
                continue
            if self._broken is not None:
                on_error((broken_type or RuntimeError)(self._broken))
                continue
            try:
                conn.send((fn, args, kwargs))
            except Exception as e:
                on_error(e)
                continue
            try:
                ok, value = conn.recv()
            except (EOFError, OSError):
                proc.join()
                self._set_broken('A process in the process pool was terminated abruptly while the '
                                 'future was running or pending.')
                on_error((broken_type or RuntimeError)(self._broken))
                continue
            if ok:
                on_result(value)
            else:
                on_error(value)
            done += 1
            if self._maxtasks is not None and done >= self._maxtasks and not self._closed:
                conn.close()
                proc.join()
                with self._lock:
                    proc, conn = self._start_process()
                    self._processes.append(proc)
                done = 0

    def _set_broken(self, message):
        with self._lock:
            if self._broken is None:
                self._broken = message
                if self._on_broken is not None:
                    self._on_broken(message)

    def cancel_pending(self, cancel):
        while True:
            try:
                task = self._tasks.get_nowait()
            except queue.Empty:
                return
            if task is not None:
                cancel(task)

    def close(self, wait=True, cancel_pending=False):
        with self._lock:
            if self._closed:
                return
            self._closed = True
        if cancel_pending:
            def cancel(task):
                on_start = task[5]
                if on_start is not None:
                    from concurrent.futures import Future
                    fut = getattr(on_start, '__self__', None)
                    if isinstance(fut, Future):
                        fut.cancel()
                        on_start()
            self.cancel_pending(cancel)
        for _ in self._dispatchers:
            self._tasks.put(None)
        if wait:
            self.join()

    def join(self):
        for t in self._dispatchers:
            t.join()
        for p in list(self._processes):
            p.join()

    def terminate(self):
        with self._lock:
            self._closed = True
        for p in list(self._processes):
            if p.exitcode is None:
                p.terminate()
        for p in list(self._processes):
            p.join()
