"""Warning control: issue warnings, decide through a filter list what happens to them, show them.

Written from the library documentation (docs.python.org/3.13/library/warnings.html).

Module state a program may read or replace:
  filters        the filter specifications, newest first: (action, message, category, module,
                 lineno) tuples; message and module are compiled regular expressions, None for
                 "anything", or (the start-up filters) plain strings compared for equality;
  defaultaction  the action when no filter matches;
  onceregistry   (text, category) pairs already shown under the "once" action;
  showwarning / formatwarning   replaceable; warn() honours a replacement.
Every module that warns keeps a __warningregistry__ dict of (text, category, lineno) keys already
shown; its 'version' entry is compared with a counter that any change of the filters advances, so
a new filter makes already-seen warnings eligible again.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings", "deprecated"]

filters = []
defaultaction = "default"
onceregistry = {}

# Bumped whenever `filters` changes; each registry remembers the value it was filled under.
_generation = 0

_VALID_ACTIONS = frozenset(("default", "error", "ignore", "always", "module", "once"))


def _note_filters_changed():
    global _generation
    _generation += 1


# ---------------------------------------------------------------------------------------------
# Text of a warning and where it goes

def _warning_text(message, category, filename, lineno, line, source):
    name = category.__name__
    parts = ["%s:%s: %s: %s\n" % (filename, lineno, name, message)]
    if line is None:
        try:
            import linecache
            line = linecache.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        parts.append("  " + line.strip() + "\n")
    if source is not None:
        # Our VM has no allocation tracing; CPython prints this hint when it is not tracing.
        parts.append(name + ": Enable tracemalloc to get the object allocation traceback\n")
    return "".join(parts)


def formatwarning(message, category, filename, lineno, line=None):
    """Return the standard one-warning text: 'file:line: Category: message' plus the source line."""
    return _warning_text(message, category, filename, lineno, line, None)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (default: sys.stderr). Assign a replacement to redirect warnings."""
    _sink(WarningMessage(message, category, filename, lineno, file, line))


# The functions as defined here, to tell whether a program has replaced them.
_STOCK_SHOWWARNING = showwarning
_STOCK_FORMATWARNING = formatwarning


def _write_warning(record):
    """Default sink: the formatted text on record.file or sys.stderr (nothing if there is none)."""
    target = record.file if record.file is not None else sys.stderr
    if target is None:
        return
    fmt = formatwarning
    if fmt is _STOCK_FORMATWARNING:
        text = _warning_text(record.message, record.category, record.filename, record.lineno,
                             record.line, record.source)
    else:
        text = fmt(record.message, record.category, record.filename, record.lineno, record.line)
    try:
        target.write(text)
    except OSError:
        pass  # a closed or broken stream loses the warning, as documented


# Where a warning that passed the filters ends up when showwarning is the stock one;
# catch_warnings(record=True) swaps in a list's append.
_sink = _write_warning


def _deliver(record):
    shower = showwarning
    if shower is _STOCK_SHOWWARNING:
        _sink(record)
        return
    if not callable(shower):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    shower(record.message, record.category, record.filename, record.lineno, record.file, record.line)


# ---------------------------------------------------------------------------------------------
# The filter list

def _validate_action(action):
    if action not in _VALID_ACTIONS:
        raise ValueError("invalid action: %r" % (action,))


def _validate_lineno(lineno):
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def _install(spec, append):
    # An equal filter already present moves to the front; appended, it keeps its place.
    if append:
        if spec not in filters:
            filters.append(spec)
    else:
        if spec in filters:
            filters.remove(spec)
        filters.insert(0, spec)
    _note_filters_changed()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter. `message` (matched case-insensitively at the start of the warning text) and
    `module` (matched against the module name) are regular expressions; lineno 0 matches any."""
    _validate_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _validate_lineno(lineno)
    message_re = module_re = None
    if message or module:
        import re
        if message:
            message_re = re.compile(message, re.IGNORECASE)
        if module:
            module_re = re.compile(module)
    _install((action, message_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches every message and every module."""
    _validate_action(action)
    _validate_lineno(lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Empty the filter list (defaultaction then decides for every warning)."""
    filters[:] = []
    _note_filters_changed()


# ---------------------------------------------------------------------------------------------
# -W options and PYTHONWARNINGS: action:message:category:module:lineno

class _BadOption(Exception):
    pass


_ACTION_PREFIX_ORDER = ("default", "always", "ignore", "module", "once", "error")


def _option_action(word):
    if not word:
        return "default"
    if word == "all":
        return "always"
    for action in _ACTION_PREFIX_ORDER:
        if action.startswith(word):
            return action
    raise _BadOption("invalid action: %r" % (word,))


def _option_category(spec):
    if not spec:
        return Warning
    owner_name, dot, attr = spec.rpartition(".")
    if dot:
        try:
            owner = __import__(owner_name, None, None, [attr])
        except ImportError:
            raise _BadOption("invalid module name: %r" % (owner_name,)) from None
    else:
        import builtins as owner
    found = getattr(owner, attr, None)
    if found is None:
        raise _BadOption("unknown warning category: %r" % (spec,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _BadOption("invalid warning category: %r" % (spec,))
    return found


def _option_lineno(text):
    if not text:
        return 0
    try:
        number = int(text)
    except (ValueError, OverflowError):
        raise _BadOption("invalid lineno %r" % (text,)) from None
    if number < 0:
        raise _BadOption("invalid lineno %r" % (number,))
    return number


def _apply_option(option):
    fields = [f.strip() for f in option.split(":")]
    if len(fields) > 5:
        raise _BadOption("too many fields (max 5): %r" % (option,))
    fields += [""] * (5 - len(fields))
    action = _option_action(fields[0])
    category = _option_category(fields[2])
    message, module = fields[1], fields[3]
    if message or module:
        import re
        # -W text is literal, not a pattern; the module must match in full.
        message = re.escape(message) if message else ""
        module = re.escape(module) + r"\Z" if module else ""
    filterwarnings(action, message, category, module, _option_lineno(fields[4]))


def _apply_options(options):
    for option in options:
        try:
            _apply_option(option)
        except _BadOption as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


# CPython's names for these two; corpus programs call them directly.
_setoption = _apply_option
_processoptions = _apply_options


# ---------------------------------------------------------------------------------------------
# Issuing warnings

def _caller_frame(stacklevel, skip_prefixes):
    """The frame `stacklevel` levels above warn()'s caller, passing over frames whose file starts
    with one of skip_prefixes; None when the stack is not that deep."""
    try:
        frame = sys._getframe(2)
    except ValueError:
        return None
    remaining = stacklevel - 1
    while remaining > 0 and frame is not None:
        frame = frame.f_back
        if skip_prefixes:
            while frame is not None and frame.f_code.co_filename.startswith(skip_prefixes):
                frame = frame.f_back
        remaining -= 1
    return frame


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning. It is attributed to the caller, or `stacklevel` levels further up the stack,
    and then goes through the filters (see warn_explicit)."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not %s"
                        % type(skip_file_prefixes).__name__)
    if not isinstance(stacklevel, int):
        try:
            stacklevel = stacklevel.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(stacklevel).__name__) from None
    if skip_file_prefixes and stacklevel < 2:
        stacklevel = 2
    if stacklevel <= 1 and not skip_file_prefixes:
        frame = sys._getframe(1)  # the common case, without the walk
    else:
        frame = _caller_frame(stacklevel, skip_file_prefixes)
    if frame is None:
        namespace, filename, lineno = sys.__dict__, "<sys>", 0
    else:
        namespace, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    module = namespace["__name__"] if "__name__" in namespace else "<string>"
    registry = namespace.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, namespace, source)


def _matches(pattern, text):
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _choose_action(text, category, module, lineno):
    """The action of the first filter matching the warning, and that filter (None: the default)."""
    if not isinstance(filters, list):
        raise TypeError("warnings.filters must be a list")
    # Cheapest tests first: most filters are rejected on the category or the line.
    for spec in filters:
        try:
            action, message_re, wanted, module_re, wanted_line = spec
        except (TypeError, ValueError):
            raise ValueError("_warnings.filters item %d isn't a 5-tuple"
                             % filters.index(spec)) from None
        if not issubclass(category, wanted) or (wanted_line and wanted_line != lineno):
            continue
        if message_re is not None and not _matches(message_re, text):
            continue
        if module_re is not None and not _matches(module_re, module):
            continue
        return action, spec
    return defaultaction, None


def _refresh(table):
    """Empty a registry filled under older filters (its 'version' entry tells)."""
    if table.get("version") != _generation:
        table.clear()
        table["version"] = _generation


def _seen_before(table, key):
    """True if `key` is in `table`; otherwise record it and return False."""
    _refresh(table)
    if table.get(key):
        return True
    table[key] = True
    return False


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning with its location given explicitly. `registry` (a module's
    __warningregistry__) records what has been shown; `module` defaults to the file's name
    without '.py'."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None:
        if registry.get("version") != _generation:
            _refresh(registry)
        elif registry.get(key):
            return
    action, spec = _choose_action(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action != "always":
        if action not in ("default", "module", "once"):
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, spec))
        if registry is not None:
            registry[key] = True
        # "once" remembers (text, category) in the caller's registry, or in onceregistry when
        # there is none; "module" in the registry only (CPython 3.13 behaves so).
        if action == "once":
            if _seen_before(onceregistry if registry is None else registry, (text, category)):
                return
        elif action == "module" and registry is not None:
            if _seen_before(registry, (text, category)):
                return
    if module_globals is not None:
        # Lets the source line be found for code that came from a loader (zip, frozen, ...).
        import linecache
        linecache.getlines(filename, module_globals)
    _deliver(WarningMessage(message, category, filename, lineno, source=source))


# ---------------------------------------------------------------------------------------------
# Recorded warnings and the context manager

class WarningMessage:
    """One warning as catch_warnings(record=True) collects it."""

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        category = self.category.__name__ if self.category else None
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, category, self.filename, self.lineno, self.line)


class catch_warnings:
    """Context manager that restores the filters and showwarning when the block ends.

    record=True collects the warnings shown inside the block into the list that `with` binds
    (instead of printing them); action (with category, lineno, append) adds a simplefilter for the
    block. Not thread-safe: the state it saves is the module's, shared by all threads.
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules[__name__] if module is None else module
        self._block_filter = None if action is None else (action, category, lineno, append)
        self._saved = None

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules[__name__]:
            shown.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._saved is not None:
            raise RuntimeError("Cannot enter %r twice" % self)
        target = self._module
        self._saved = (target.filters, target.showwarning, target._sink)
        target.filters = list(target.filters)
        target._note_filters_changed()
        if self._block_filter is not None:
            target.simplefilter(*self._block_filter)
        if not self._record:
            return None
        collected = []
        target._sink = collected.append
        # A showwarning replaced before the block would otherwise bypass the recording.
        target.showwarning = target._STOCK_SHOWWARNING
        return collected

    def __exit__(self, *exc_info):
        if self._saved is None:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._sink = self._saved
        target._note_filters_changed()


# ---------------------------------------------------------------------------------------------
# @deprecated (PEP 702)

class deprecated:
    """Decorator for a deprecated class, function or overload: using it issues `category`
    (DeprecationWarning by default) with `message`; category=None only sets __deprecated__."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError("Expected an object of type str for 'message', not %r"
                            % type(message).__name__)
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def _issue(self, extra_levels):
        warn(self.message, category=self.category, stacklevel=self.stacklevel + extra_levels)

    def __call__(self, arg, /):
        text = self.message
        if self.category is None:
            arg.__deprecated__ = text
            return arg
        if isinstance(arg, type):
            return self._mark_class(arg)
        if callable(arg):
            import functools
            issue = self._issue

            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                issue(2)
                return arg(*args, **kwargs)

            arg.__deprecated__ = wrapper.__deprecated__ = text
            return wrapper
        raise TypeError("@deprecated decorator with non-None category must be applied to "
                        "a class or callable, not %r" % (arg,))

    def _mark_class(self, cls):
        issue = self._issue
        text = self.message
        inherited_new = cls.__new__

        def __new__(klass, *args, **kwargs):
            if klass is cls:
                issue(2)
            if inherited_new is not object.__new__:
                return inherited_new(klass, *args, **kwargs)
            # object.__new__ accepts extra arguments only when __init__ is overridden.
            if (args or kwargs) and klass.__init__ is object.__init__:
                raise TypeError("%s() takes no arguments" % klass.__name__)
            return inherited_new(klass)

        own_hook = cls.__dict__.get("__init_subclass__")
        if own_hook is not None:
            hook_function = own_hook.__func__ if isinstance(own_hook, classmethod) else own_hook

            def __init_subclass__(klass, *args, **kwargs):
                issue(2)
                return hook_function(klass, *args, **kwargs)
        else:
            def __init_subclass__(klass, *args, **kwargs):
                issue(2)
                return super(cls, klass).__init_subclass__(*args, **kwargs)

        cls.__new__ = staticmethod(__new__)
        cls.__init_subclass__ = classmethod(__init_subclass__)
        cls.__deprecated__ = __new__.__deprecated__ = __init_subclass__.__deprecated__ = text
        return cls


# ---------------------------------------------------------------------------------------------
# Start-up state: the documented default filters, then -W options and PYTHONWARNINGS

filters.extend([
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
])
_apply_options(getattr(sys, "warnoptions", []))
