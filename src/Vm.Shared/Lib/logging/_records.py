"""logging's levels, LogRecord, the three format-string styles, Formatter and Filter
(re-exported by logging, where the classes report 'logging' as their module).

Written from the library documentation (docs.python.org/3.13/library/logging.html).
Names kept because code outside the package reads them: `_levelToName`, `_nameToLevel`,
`_checkLevel`, `_lock`, `_STYLES`, `_defaultFormatter`, Formatter's `_fmt` and `_style`.
"""

import os
import re
import sys
import threading
import time
from collections.abc import Mapping

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {}
_nameToLevel = {}

# Guards the level tables here and, in logging, the logger tree and the handler registry;
# re-entrant because handlers and loggers call back into the package while holding it.
_lock = threading.RLock()


def addLevelName(level, levelName):
    """Name a level number (both ways: getLevelName works with either)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


for _number, _name in ((CRITICAL, "CRITICAL"), (ERROR, "ERROR"), (WARNING, "WARNING"),
                       (INFO, "INFO"), (DEBUG, "DEBUG"), (NOTSET, "NOTSET")):
    addLevelName(_number, _name)
_nameToLevel["FATAL"] = FATAL
_nameToLevel["WARN"] = WARNING
del _number, _name


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, else 'Level <level>'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % (level,)


def _checkLevel(level):
    """A level given as a number or a registered name, as a number."""
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        try:
            return _nameToLevel[level]
        except KeyError:
            raise ValueError("Unknown level: %r" % level) from None
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------------------------------------
# LogRecord

_load_time_ns = time.time_ns()

# Common argument types, rejected before the (slower) Mapping ABC check.
_NEVER_MAPPINGS = (str, int, float, bytes, tuple, list)


def _process_name(mp):
    try:
        return mp.current_process().name
    except Exception:
        return "MainProcess"


def _task_name():
    asyncio = sys.modules["asyncio"]
    try:
        task = asyncio.current_task()
    except Exception:
        return None
    return task.get_name() if task is not None else None


class LogRecord(object):
    """Everything about one logging event: who logged it (name, level), where (pathname, lineno,
    funcName, thread, process), when (created, msecs, relativeCreated), and the message with
    its arguments, kept apart until getMessage() merges them."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time_ns()
        self.name = name
        self.msg = msg
        # log("%(a)s", {"a": 1}): a single non-empty mapping is the mapping for the % operator.
        if args and len(args) == 1:
            first = args[0]
            if first and (isinstance(first, dict) or (not isinstance(first, _NEVER_MAPPINGS)
                                                      and isinstance(first, Mapping))):
                args = first
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now / 1e9
        self.msecs = now // 1_000_000 % 1000 * 1.0
        self.relativeCreated = (now - _load_time_ns) / 1e6
        package = sys.modules.get("logging")  # its switches: logThreads, logProcesses, ...
        if package is None or package.logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = self.threadName = None
        if package is None or package.logMultiprocessing:
            mp = sys.modules.get("multiprocessing")
            self.processName = "MainProcess" if mp is None else _process_name(mp)
        else:
            self.processName = None
        self.process = os.getpid() if package is None or package.logProcesses else None
        self.taskName = None
        if "asyncio" in sys.modules and (package is None or package.logAsyncioTasks):
            self.taskName = _task_name()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """str(msg), with the arguments merged in by the % operator when there are any."""
        text = str(self.msg)
        return text % self.args if self.args else text


_factory = LogRecord


def setLogRecordFactory(factory):
    """Use `factory` (called like LogRecord) to create every record from now on."""
    global _factory
    _factory = factory


def getLogRecordFactory():
    return _factory


def makeLogRecord(dict):
    """A record whose attributes are those in `dict` (e.g. a record sent over a socket)."""
    record = _factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------------------------------------
# Format styles: how a format string refers to record attributes

class PercentStyle(object):
    """'%(name)s' fields, filled by the % operator."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    # One complete %(key)... conversion: flags, width, precision, conversion letter.
    _field = re.compile(r'%\(\w+\)[-#0+ ]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxefgcrsa%]',
                        re.IGNORECASE)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if self._field.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, '%'))

    def _values(self, record):
        defaults = self._defaults
        return defaults | record.__dict__ if defaults else record.__dict__

    def _format(self, record):
        defaults = self._defaults
        return self._fmt % (defaults | record.__dict__ if defaults else record.__dict__)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """'{name}' fields, filled by str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    _name_form = re.compile(r'(?:\d+|\w+)(?:\.\w+|\[[^]]+\])*\Z')
    _spec_form = re.compile(r'(?:.?[<>=^])?[-+ ]?#?0?(?:\d+|\{\w+\})?[,_]?'
                            r'(?:\.(?:\d+|\{\w+\}))?[bcdefgnosx%]?\Z', re.IGNORECASE)

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def _problem(self):
        """What is wrong with the format string, or None."""
        import string
        named = False
        for _, field, spec, conversion in string.Formatter().parse(self._fmt):
            if field:
                if not self._name_form.match(field):
                    return 'invalid field name/expression: %r' % field
                named = True
            if conversion and conversion not in 'rsa':
                return 'invalid conversion: %r' % conversion
            if spec and not self._spec_form.match(spec):
                return 'bad specifier: %r' % spec
        return None if named else 'no fields'

    def validate(self):
        try:
            problem = self._problem()
        except ValueError as e:  # unbalanced braces and the like, found by the parser
            problem = str(e)
        if problem is not None:
            raise ValueError('invalid format: %s' % problem)


class StringTemplateStyle(PercentStyle):
    """'$name' / '${name}' fields, filled by string.Template."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    # '$$', '$name', '${name}', or a '$' that starts none of these (an error).
    _placeholder = re.compile(r'\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|)',
                              re.IGNORECASE | re.ASCII)

    def validate(self):
        named = False
        for found in self._placeholder.finditer(self._fmt):
            escaped, bare_name, braced_name = found.groups()
            if bare_name or braced_name:
                named = True
            elif not escaped:
                raise ValueError("invalid format: bare '$' not allowed")
        if not named:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, basicConfig's default format in that style)
_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ---------------------------------------------------------------------------------------------
# Formatters

def _with_line(text, more):
    """`text`, then `more` on a line of its own."""
    if text[-1:] != "\n":
        text += "\n"
    return text + more


class Formatter(object):
    """Turns a record into text: the format string (in the chosen style) filled from the
    record's attributes, then the exception traceback and the stack, if any."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        try:
            style_class = _STYLES[style][0]
        except KeyError:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES)) from None
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """record.created through `converter` and time.strftime; without datefmt,
        '%Y-%m-%d %H:%M:%S' followed by ',<milliseconds>'."""
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback text of an exc_info triple (without a final newline)."""
        import traceback
        text = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The traceback text is cached on the record: every handler formats the same record.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _with_line(text, record.exc_text)
        if record.stack_info:
            text = _with_line(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a list of records: formatHeader, each record with `linefmt`, formatFooter."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------------------------------------
# Filters

class Filter(object):
    """Lets through the records of the logger called `name` and of the loggers below it
    ('a.b' passes 'a.b' and 'a.b.c', not 'a.bc'); with no name, every record."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        wanted = self.name
        if not wanted:
            return True
        actual = record.name
        return actual == wanted or actual.startswith(wanted + ".")


class Filterer(object):
    """The filter list of loggers and handlers. A filter is an object with filter(record) or a
    callable; a false result drops the record, a LogRecord result replaces it."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """The record (or the replacement a filter returned) if every filter passes it, else False."""
        for each in self.filters:
            check = getattr(each, "filter", each)
            verdict = check(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record
