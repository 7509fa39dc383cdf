"""logging's base handlers: Handler, StreamHandler, FileHandler, NullHandler and the lastResort
handler (re-exported by logging, where the classes report 'logging' as their module).

Written from the library documentation (docs.python.org/3.13/library/logging.html).

Locking: each handler has an RLock (`handler.lock`, None for NullHandler) that handle() holds
around emit(), so the output of several threads never interleaves; flush() and close() take it
too. The registries below (named handlers, live handlers for shutdown) are guarded by the
package lock `_lock`.
"""

import io
import os
import sys
import threading
import weakref

from logging._records import (
    NOTSET, WARNING, _lock, _checkLevel, _defaultFormatter, getLevelName, LogRecord, Filterer)


def _package():
    return sys.modules['logging']


# name -> handler, for handlers given a name (getHandlerByName)
_handlers = weakref.WeakValueDictionary()
# Weak references to every handler ever made, oldest first: logging.shutdown() (its default
# argument, hence CPython's name) flushes and closes those still alive.
_handlerList = []


def _forget(reference, lock=_lock, registry=_handlerList):
    # Runs when a handler dies, possibly while the interpreter is tearing modules down: the
    # lock and the list are bound as defaults so no module global is needed then.
    with lock:
        if reference in registry:
            registry.remove(reference)


def _remember(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _forget))


def getHandlerByName(name):
    """The handler that was given this name, or None."""
    return _handlers.get(name)


def getHandlerNames():
    return frozenset(_handlers)


class Handler(Filterer):
    """Base of all handlers: a level, filters, a formatter and a lock; subclasses write the
    record out in emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _remember(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit the record (under the lock) if the filters pass it; returns the filter verdict
        (the record itself, possibly replaced by a filter, or False)."""
        verdict = self.filter(record)
        if verdict:
            if isinstance(verdict, LogRecord):
                record = verdict
            with self.lock:
                self.emit(record)
        return verdict

    def flush(self):
        pass

    def close(self):
        """Release what the handler holds; here: drop it from the named-handler registry."""
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Called by emit() when writing failed: with logging.raiseExceptions true, print the
        exception, where the logging call was made, and the message and its arguments to
        sys.stderr; never raise."""
        err = sys.stderr
        if not (_package().raiseExceptions and err):
            return
        problem = sys.exception()
        try:
            import traceback
            err.write('--- Logging error ---\n')
            traceback.print_exception(problem, file=err)
            err.write('Call stack:\n')
            caller = _first_outside_logging(problem)
            if caller is None:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            else:
                traceback.print_stack(caller, file=err)
            try:
                details = 'Message: %r\nArguments: %s\n' % (record.msg, record.args)
            except RecursionError:
                raise
            except Exception:
                details = ('Unable to print the message and arguments - possible formatting '
                           'error.\nUse the traceback above to help find the error.\n')
            err.write(details)
        except OSError:
            pass  # stderr itself is broken: nothing more to do
        finally:
            problem = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


def _first_outside_logging(exc):
    """The innermost frame of the call chain of a failed emit that is not logging's own."""
    tb = exc.__traceback__ if exc is not None else None
    frame = tb.tb_frame if tb is not None else None
    internal = _package()._is_internal_frame
    while frame is not None and internal(frame):
        frame = frame.f_back
    return frame


class StreamHandler(Handler):
    """Writes each formatted record, followed by `terminator`, to a stream (default
    sys.stderr) and flushes it."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            stream = self.stream
            if stream and hasattr(stream, "flush"):
                stream.flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to `stream` from now on; returns the previous stream (None if it is the same)."""
        if stream is self.stream:
            return None
        with self.lock:
            previous = self.stream
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '',
                                getLevelName(self.level))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class FileHandler(StreamHandler):
    """A StreamHandler on a file, opened with `mode` and `encoding` at once or, with
    delay=True, when the first record arrives."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding if 'b' in mode else io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        # Kept so that close() and emit() still work while the interpreter shuts down.
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        # (CPython's name; subclasses, handlers.py among them, call or override it.)
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding,
                                  errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            # Reopening after close() would empty a file opened with 'w'.
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        with self.lock:
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """lastResort's class (its name shows in repr(logging.lastResort)): writes to whatever
    sys.stderr is when the record arrives."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Does nothing: a library adds it to its top logger so that, unconfigured, it stays silent."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None
