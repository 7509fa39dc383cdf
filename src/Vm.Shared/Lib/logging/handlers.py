"""Extra logging handlers: files that roll over by size, files that may be moved away under us,
record buffers, and a queue pair for logging from many threads through one consumer.

Written from the library documentation (docs.python.org/3.13/library/logging.handlers.html).

Locking: every handler's own `lock` (an RLock from logging.Handler) is held by Handler.handle()
around emit(); the buffering handlers take it again in flush()/setTarget() because those are
also called from outside handle(). QueueListener's worker is the only reader of its queue.
"""

import copy
import os
import threading

from logging import ERROR, FileHandler, Handler


# ---------------------------------------------------------------------------------------------
# Files

class BaseRotatingHandler(FileHandler):
    """A FileHandler whose subclass decides, record by record, to start a fresh file
    (shouldRollover / doRollover). `namer` and `rotator`, when set, customise the backup file
    names and the move of the full file."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                             errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a backup file gets: namer(default_name) if a namer is set."""
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        """Move the full file aside: rotator(source, dest) if set, else a rename."""
        rotator = self.rotator
        if callable(rotator):
            rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the next record would take the file to maxBytes: the file becomes
    name.1, an older name.1 becomes name.2, ... up to name.<backupCount>. maxBytes 0 never rolls
    over (and only then may mode be other than 'a')."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # 'w' would truncate the log on every roll-over
        if 'b' not in mode:
            import io
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        size = self.stream.tell()
        if size == 0:
            return False  # a record that is too long on its own still goes into an empty file
        projected = size + len(self.format(record)) + 1
        if projected < self.maxBytes:
            return False
        # Devices and pipes (e.g. /dev/null) are never rotated.
        path = self.baseFilename
        return not os.path.exists(path) or os.path.isfile(path)

    def _backup_name(self, index):
        return self.rotation_filename("%s.%d" % (self.baseFilename, index))

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            # Oldest first, so that no backup is overwritten before it moved.
            for index in range(self.backupCount - 1, 0, -1):
                older, newer = self._backup_name(index), self._backup_name(index + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self._backup_name(1)
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()


class WatchedFileHandler(FileHandler):
    """A FileHandler that notices when its file was moved or deleted (log rotation by another
    program) and reopens the path before writing."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            import io
            encoding = io.text_encoding(encoding)
        FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay,
                             errors=errors)
        self.dev, self.ino = -1, -1
        self._remember_identity()

    def _remember_identity(self):
        # (The file just opened: the VM's os has no fstat, so the path is stat'ed instead.)
        if self.stream is None:
            return
        try:
            info = os.stat(self.baseFilename)
        except OSError:
            self.dev, self.ino = -1, -1
            return
        self.dev, self.ino = info.st_dev, info.st_ino

    def reopenIfNeeded(self):
        """Reopen the file if the path no longer names the file we have open."""
        if self.stream is None:
            return
        try:
            info = os.stat(self.baseFilename)
            same = info.st_dev == self.dev and info.st_ino == self.ino
        except FileNotFoundError:
            same = False
        if same:
            return
        self.stream.flush()
        self.stream.close()
        self.stream = None
        self.stream = self._open()
        self._remember_identity()

    def emit(self, record):
        self.reopenIfNeeded()
        FileHandler.emit(self, record)


# ---------------------------------------------------------------------------------------------
# Buffers

class BufferingHandler(Handler):
    """Collects records in `buffer`; when shouldFlush(record) says so (by default: capacity
    reached) flush() runs, which here just empties the buffer."""

    def __init__(self, capacity):
        Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Holds records until the buffer is full or one at flushLevel or above arrives, then hands
    them all to `target`. Without a target, records stay in the buffer."""

    def __init__(self, capacity, flushLevel=ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return record.levelno >= self.flushLevel or len(self.buffer) >= self.capacity

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            target = self.target
            if not target:
                return
            pending = list(self.buffer)
            self.buffer.clear()
            for record in pending:
                target.handle(record)

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


# ---------------------------------------------------------------------------------------------
# Queues

class QueueHandler(Handler):
    """Puts records on a queue (put_nowait) for a QueueListener or any other consumer. Records
    are made self-contained first (prepare): the message is formatted here, arguments and
    exception objects are dropped."""

    def __init__(self, queue):
        Handler.__init__(self)
        self.queue = queue
        self.listener = None  # set by logging.config's queue_handler setup

    def prepare(self, record):
        text = self.format(record)
        prepared = copy.copy(record)  # other handlers may still need the original
        prepared.message = text
        prepared.msg = text
        prepared.args = None
        prepared.exc_info = None
        prepared.exc_text = None
        prepared.stack_info = None
        return prepared

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue on a background thread (start/stop) and passes each to its
    handlers; with respect_handler_level a handler only gets records at or above its level."""

    _sentinel = None  # put on the queue by stop(); ends the worker

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if self.respect_handler_level and record.levelno < handler.level:
                continue
            handler.handle(record)

    def _drain(self):
        queue = self.queue
        acknowledge = getattr(queue, "task_done", None)
        while True:
            try:
                record = self.dequeue(True)
            except Exception:
                return  # the queue is gone (e.g. a closed multiprocessing queue)
            try:
                if record is self._sentinel:
                    return
                self.handle(record)
            finally:
                if acknowledge is not None:
                    acknowledge()

    def start(self):
        worker = threading.Thread(target=self._drain, daemon=True)
        self._thread = worker
        worker.start()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Ask the worker to finish what is queued, and wait for it."""
        worker = self._thread
        if worker is None:
            return
        self.enqueue_sentinel()
        worker.join()
        self._thread = None
