"""logging: named loggers arranged by their dotted names, handlers that send records somewhere,
formatters that turn records into text, and filters.

Written from the library documentation (docs.python.org/3.13/library/logging.html and the
logging HOWTO). Levels, LogRecord, the format styles, Formatter and Filter live in
logging._records; Handler, StreamHandler, FileHandler, NullHandler and lastResort in
logging._handling; all are re-exported here and report 'logging' as their module.

Locking: `_lock` (an RLock, logging._records) guards the logger tree (Manager.loggerDict, every
logger's `parent`), logger handler lists, the per-logger level caches and the handler registry.
Each Handler has its own RLock (`handler.lock`), held while it emits, so the records of several
threads never interleave. The fast path of a disabled call (isEnabledFor) reads a logger's
cache without the lock; the cache is only filled under the lock and emptied (under the lock)
whenever a level or the manager's disable threshold changes, so a reader sees either a valid
answer or a miss that recomputes it.
"""

import io
import sys

from logging._records import (
    CRITICAL, FATAL, ERROR, WARNING, WARN, INFO, DEBUG, NOTSET, BASIC_FORMAT,
    _levelToName, _nameToLevel, _lock, _checkLevel, _STYLES, _defaultFormatter,
    getLevelName, getLevelNamesMapping, addLevelName,
    LogRecord, setLogRecordFactory, getLogRecordFactory, makeLogRecord,
    PercentStyle, StrFormatStyle, StringTemplateStyle,
    Formatter, BufferingFormatter, Filter, Filterer)
from logging import _records

__all__ = ['addLevelName', 'BASIC_FORMAT', 'basicConfig', 'BufferingFormatter',
           'captureWarnings', 'CRITICAL', 'critical', 'DEBUG', 'debug', 'disable', 'ERROR',
           'error', 'exception', 'FATAL', 'fatal', 'FileHandler', 'Filter', 'Formatter',
           'getHandlerByName', 'getHandlerNames', 'getLevelName', 'getLevelNamesMapping',
           'getLogger', 'getLoggerClass', 'getLogRecordFactory', 'Handler', 'INFO', 'info',
           'lastResort', 'log', 'Logger', 'LoggerAdapter', 'LogRecord', 'makeLogRecord',
           'NOTSET', 'NullHandler', 'raiseExceptions', 'setLoggerClass', 'setLogRecordFactory',
           'shutdown', 'StreamHandler', 'WARN', 'warn', 'WARNING', 'warning']

# Documented module switches.
raiseExceptions = True      # report errors raised while emitting (Handler.handleError)
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True


def currentframe():
    """The frame of the function that called this one."""
    return sys._getframe(1)


from logging._handling import (
    _handlers, _handlerList, getHandlerByName, getHandlerNames,
    Handler, StreamHandler, FileHandler, _StderrHandler, NullHandler, lastResort)
from logging import _handling

for _exported in (LogRecord, PercentStyle, StrFormatStyle, StringTemplateStyle, Formatter,
                  BufferingFormatter, Filter, Filterer, Handler, StreamHandler, FileHandler,
                  _StderrHandler, NullHandler):
    _exported.__module__ = __name__
del _exported

# Source files of this package: their frames are never "the caller" of a logging call.
_own_files = frozenset(fn.__code__.co_filename
                       for fn in (currentframe, _checkLevel, _handling.getHandlerNames))


# The logging HOWTO's "Optimization" section: setting logging._srcfile to None skips the caller
# lookup (records then say "(unknown file)", line 0, "(unknown function)").
_srcfile = currentframe.__code__.co_filename


def _is_internal_frame(frame):
    """True for frames of the logging package and of the import machinery."""
    name = frame.f_code.co_filename
    return name in _own_files or ("importlib" in name and "_bootstrap" in name)


# ---------------------------------------------------------------------------------------------
# The logger tree

def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


class PlaceHolder(object):
    """Occupies a dotted name no logger has been asked for yet ('a.b' when only 'a.b.c'
    exists); `loggerMap` holds the loggers below it that will need a new parent once it is."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


class Manager(object):
    """Keeps every named logger in `loggerDict` and gives each the nearest existing ancestor
    as its parent (the root when there is none)."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, Logger):
                return existing
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            made.parent = self._link_upwards(made)
            if existing is not None:
                self._adopt(existing, made)
            return made

    def _link_upwards(self, logger):
        """The nearest existing ancestor of `logger`; placeholders on the way remember it."""
        name = logger.name
        cut = name.rfind('.')
        while cut > 0:
            prefix = name[:cut]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(entry, Logger):
                return entry
            else:
                entry.append(logger)
            cut = name.rfind('.', 0, cut)
        return self.root

    def _adopt(self, placeholder, logger):
        """`logger` replaces `placeholder`: descendants whose parent sat above it now hang below it."""
        below = logger.name + '.'
        for child in placeholder.loggerMap:
            parent = child.parent
            if parent is self.root or not parent.name.startswith(below):
                child.parent = logger

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _clear_cache(self):
        # (CPython's name: some programs call it after changing levels by hand.)
        with _lock:
            for entry in self.loggerDict.values():
                if isinstance(entry, Logger):
                    entry._cache.clear()
            self.root._cache.clear()


def _depth(logger):
    return 0 if logger.parent is None else logger.name.count('.') + 1


def _stack_text(frame):
    import traceback
    text = "Stack (most recent call last):\n" + "".join(traceback.format_stack(frame))
    return text[:-1] if text.endswith("\n") else text


def _normalise_exc_info(exc_info):
    if isinstance(exc_info, BaseException):
        return (type(exc_info), exc_info, exc_info.__traceback__)
    if isinstance(exc_info, tuple):
        return exc_info
    return sys.exc_info()


class Logger(Filterer):
    """A named logging channel. A record at or above the effective level (its own level, or the
    nearest ancestor's that is set) passes the logger's filters, goes to its handlers and, while
    `propagate` is true, to the handlers of its ancestors."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}  # level -> isEnabledFor answer (CPython's attribute name)

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # debug() ... critical(): each checks its level first, so a disabled call costs one
    # dictionary lookup (see _level_method below the class).

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text or None) of the code that made the
        logging call, or of the code `stacklevel` - 1 calls further out; frames of the logging
        package are passed over."""
        frame = currentframe()
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        wanted = stacklevel
        while wanted > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal_frame(frame):
                wanted -= 1
        code = frame.f_code
        stack = _stack_text(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Build the LogRecord (through the record factory) and add `extra` as attributes."""
        record = _records._factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            attributes = record.__dict__
            for key, value in extra.items():
                if key in ("message", "asctime") or key in attributes:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                attributes[key] = value
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        where = ("(unknown file)", 0, "(unknown function)", None)
        if _srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:  # sys._getframe failed
                pass
        filename, lineno, function, stack = where
        if exc_info:
            exc_info = _normalise_exc_info(exc_info)
        record = self.makeRecord(self.name, level, filename, lineno, msg, args, exc_info,
                                 function, extra, stack)
        self.handle(record)

    def handle(self, record):
        """Pass the record to the handlers unless the logger is disabled or a filter rejects it
        (a filter may also return a replacement record)."""
        if self.disabled:
            return
        verdict = self.filter(record)
        if not verdict:
            return
        if isinstance(verdict, LogRecord):
            record = verdict
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _propagation_path(self):
        """This logger and the ancestors its records propagate to."""
        logger = self
        while logger is not None:
            yield logger
            if not logger.propagate:
                return
            logger = logger.parent

    def hasHandlers(self):
        return any(logger.handlers for logger in self._propagation_path())

    def callHandlers(self, record):
        """Hand the record to every handler on the propagation path whose level it reaches;
        if the path has no handler at all, lastResort takes it."""
        # (The walk of _propagation_path, written out: this runs for every record.)
        seen_handler = False
        level = record.levelno
        logger = self
        while logger is not None:
            for handler in logger.handlers:
                seen_handler = True
                if level >= handler.level:
                    handler.handle(record)
            logger = logger.parent if logger.propagate else None
        if seen_handler:
            return
        fallback = lastResort
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with _lock:
            answer = level > self.manager.disable and level >= self.getEffectiveLevel()
            self._cache[level] = answer
        return answer

    def getChild(self, suffix):
        name = suffix if self is self.root else self.name + '.' + suffix
        return self.manager.getLogger(name)

    def getChildren(self):
        """The loggers one level below this one in the name hierarchy."""
        depth = _depth(self) + 1
        with _lock:
            return {entry for entry in self.manager.loggerDict.values()
                    if isinstance(entry, Logger) and entry.parent is self
                    and _depth(entry) == depth}

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # Loggers are singletons per name: pickle the name, unpickle through getLogger.
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


def _level_method(level, name):
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__ = name
    method.__qualname__ = "Logger." + name
    method.__doc__ = "Log msg %% args at level %s." % getLevelName(level)
    return method


Logger.debug = _level_method(DEBUG, "debug")
Logger.info = _level_method(INFO, "info")
Logger.warning = _level_method(WARNING, "warning")
Logger.error = _level_method(ERROR, "error")
Logger.critical = _level_method(CRITICAL, "critical")
del _level_method


class RootLogger(Logger):
    """The logger at the top of the hierarchy; its name is 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def setLoggerClass(klass):
    """Make getLogger create instances of `klass` (a Logger subclass) from now on."""
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ---------------------------------------------------------------------------------------------
# LoggerAdapter

def _forward_at(level, name):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__ = name
    method.__qualname__ = "LoggerAdapter." + name
    return method


class LoggerAdapter(object):
    """Wraps a logger and adds contextual information: process() (by default) passes `extra`
    with every call; with merge_extra=True it is merged with the call's own extra."""

    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger = logger
        self.extra = extra
        self.merge_extra = merge_extra

    def process(self, msg, kwargs):
        """Return the (msg, kwargs) to log with; override to change messages."""
        if self.merge_extra and "extra" in kwargs:
            kwargs["extra"] = dict(self.extra, **kwargs["extra"])
        else:
            kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _forward_at(DEBUG, "debug")
    info = _forward_at(INFO, "info")
    warning = _forward_at(WARNING, "warning")
    error = _forward_at(ERROR, "error")
    critical = _forward_at(CRITICAL, "critical")

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        # Adapters of adapters call this (CPython's name).
        return self.logger._log(level, msg, args, **kwargs)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


del _forward_at


# ---------------------------------------------------------------------------------------------
# Module-level configuration and convenience functions

def _root_handlers_for(options):
    """The handlers basicConfig installs, from its stream/filename/handlers options."""
    given = options.pop("handlers", None)
    if given is not None:
        if "stream" in options or "filename" in options:
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
        return given
    if "stream" in options and "filename" in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    encoding = options.pop("encoding", None)
    errors = options.pop("errors", "backslashreplace")
    filename = options.pop("filename", None)
    mode = options.pop("filemode", "a")
    if filename:
        if "b" in mode:
            errors = None
        else:
            encoding = io.text_encoding(encoding)
        return [FileHandler(filename, mode, encoding=encoding, errors=errors)]
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    """Configure the root logger once: a StreamHandler (stderr, or `stream`), a FileHandler
    (`filename`, `filemode`, `encoding`, `errors`) or the given `handlers`, each given a
    Formatter built from `format`, `datefmt` and `style`; `level` sets the root's level.
    Does nothing if the root logger has handlers already, unless force=True, which first
    removes and closes them."""
    with _lock:
        if kwargs.pop("force", False):
            for handler in list(root.handlers):
                root.removeHandler(handler)
                handler.close()
        if root.handlers:
            return
        handlers = _root_handlers_for(kwargs)
        kwargs.pop("encoding", None)
        kwargs.pop("errors", None)
        style = kwargs.pop("style", "%")
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
        formatter = Formatter(kwargs.pop("format", _STYLES[style][1]),
                              kwargs.pop("datefmt", None), style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    """The logger with this name, created if needed; the root logger for no name."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _on_root(method_name):
    # The module-level functions configure the root logger first if nobody did.
    def function(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method_name)(msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = method_name
    return function


critical = _on_root("critical")
fatal = critical
error = _on_root("error")
warning = _on_root("warning")
info = _on_root("info")
debug = _on_root("debug")
del _on_root


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at `level` or below, whatever the loggers' own levels; NOTSET undoes it."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler that still exists, newest first (registered with atexit)."""
    for reference in reversed(list(handlerList)):
        try:
            handler = reference()
            if not handler:
                continue
            handler.acquire()
            try:
                if getattr(handler, "flushOnClose", True):
                    handler.flush()
                handler.close()
            except (OSError, ValueError):
                pass  # a stream closed behind our back: nothing left to flush
            finally:
                handler.release()
        except:  # noqa: E722 - documented: shutdown() swallows errors unless raiseExceptions
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)
del atexit


# ---------------------------------------------------------------------------------------------
# captureWarnings

_previous_showwarning = None


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while captured: warnings meant for a file still go there."""
    if file is not None:
        if _previous_showwarning is not None:
            _previous_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning(text)


def captureWarnings(capture):
    """With True, warnings are logged (WARNING, logger 'py.warnings') instead of printed;
    False restores the previous warnings.showwarning."""
    global _previous_showwarning
    import warnings
    if capture:
        if _previous_showwarning is None:
            _previous_showwarning = warnings.showwarning
            warnings.showwarning = _warning_to_log
    elif _previous_showwarning is not None:
        warnings.showwarning = _previous_showwarning
        _previous_showwarning = None
