"""Extracting, formatting and printing stack traces in CPython's default format.

Our frames carry no column positions, so no "~~~^^^" marker lines are drawn under source lines
(CPython draws them only when it knows columns); everything else follows CPython 3.13's text.
"""

import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_RECURSIVE_CUTOFF = 3  # identical entries shown before "[Previous line repeated ...]"

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

_sentinel = object()


# ---------------------------------------------------------------- printing and formatting lists

def print_list(extracted_list, file=None):
    """Print the entries of a list of FrameSummary objects or (file, line, name, text) tuples."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The printable strings of a list of FrameSummary objects or 4-tuples, one per entry."""
    return StackSummary.from_list(extracted_list).format()


# ---------------------------------------------------------------- tracebacks

def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback's entries, outermost first."""
    return StackSummary._extract_from_pairs(_walk_tb_with_entries(tb), limit=limit)


# ---------------------------------------------------------------- exceptions

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception with its traceback (and its chained exceptions) to `file` (stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings ending in newlines."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """The last lines of a traceback: 'Type: message' and the exception's notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return f"{etype}\n"
    return f"{etype}: {valuestr}\n"


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _current_exception():
    get = getattr(sys, 'exception', None)
    if get is not None:
        return get()
    return sys.exc_info()[1]


def print_exc(limit=None, file=None, chain=True):
    """print_exception of the exception being handled."""
    print_exception(_current_exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """format_exception of the exception being handled, as one string."""
    return "".join(format_exception(_current_exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception of the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)


# ---------------------------------------------------------------- stacks

def _caller(f):
    return sys._getframe(2) if f is None else f


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame `f` (the caller by default) outward, outermost first."""
    print_list(extract_stack(_caller(f), limit=limit), file=file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(_caller(f), limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame `f` (the caller by default), outermost first."""
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the locals of the traceback's frames (where the frames allow it)."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass  # the frame is still running
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line) pairs from `f` (the caller's caller by default) outward through f_back."""
    if f is None:
        f = sys._getframe().f_back
        f = f.f_back if f is not None else None
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _walk_tb_with_entries(tb):
    # (frame, lineno, traceback entry): the entry gives the caret line its position
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb
        tb = tb.tb_next


def walk_tb(tb):
    """(frame, line) pairs of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


# ---------------------------------------------------------------- FrameSummary / StackSummary

class FrameSummary:
    """One entry of a stack trace: file, line number, function name, the source line (and locals)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_tb')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._tb = None  # the traceback entry, for the caret line
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr)
                       for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_lines(self):
        # the full source text of the entry's line(s), unstripped
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    @property
    def line(self):
        text = self._original_lines
        if text is None:
            return None
        return text.partition("\n")[0].strip()


class StackSummary(list):
    """A list of FrameSummary objects, outermost frame first when built from a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Build from (frame, lineno) pairs (as walk_stack and walk_tb give them)."""
        return klass._extract_from_pairs(frame_gen, limit=limit, lookup_lines=lookup_lines,
                                         capture_locals=capture_locals)

    @classmethod
    def _extract_from_pairs(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)

        result = klass()
        fnames = set()
        for f, lineno, *tb in frame_gen:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            summary = FrameSummary(filename, lineno, co.co_name,
                                   lookup_line=False, locals=f_locals)
            if tb:
                summary._tb = tb[0]
            result.append(summary)
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File line, its source line and its locals."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        shown = None
        if frame_summary._tb is not None:
            import _suggestions
            positions = _suggestions._positions(frame_summary._tb)
            if positions is not None:
                end_lineno, colno, end_colno = positions
                lines = [linecache.getline(frame_summary.filename, n)
                         for n in range(frame_summary.lineno, end_lineno + 1)]
                shown = _suggestions._format_lines(lines, colno, end_colno)
        if shown:
            row.append(shown)
        elif line:
            row.append('    {}\n'.format(line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """The printable text of each entry, runs of identical entries shortened as CPython does."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


# ---------------------------------------------------------------- TracebackException

class TracebackException:
    """An exception captured for later rendering: its type name, message, stack and chain.

    __cause__ and __context__ are TracebackExceptions themselves (None when absent or already
    seen, which stops reference cycles); format() yields CPython's text.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_pairs(
            _walk_tb_with_entries(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self._exc_type = exc_type if exc_type is not None else None
        self._str = _safe_string(exc_value, 'exception')
        if exc_value is not None:
            # "Did you mean" for NameError, AttributeError and ImportError (shared with the native printer)
            import _suggestions
            trailer = _suggestions._trailer(exc_value, exc_traceback)
            if trailer:
                self._str += trailer
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']

        if exc_type is None:
            self.exc_type_str = None
        else:
            stype = exc_type.__qualname__
            smod = exc_type.__module__
            if smod not in ("__main__", "builtins"):
                if not isinstance(smod, str):
                    smod = "<unknown>"
                stype = smod + '.' + stype
            self.exc_type_str = stype

        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)

        # The chain: a cause or context already seen (a cycle) is left out.
        def chained(e):
            return TracebackException(
                type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines,
                capture_locals=capture_locals, compact=compact,
                max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)

        # A group's sub-exceptions are captured whole (seen or not), each with its own chain.
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [chained(x) for x in exc_value.exceptions]
        else:
            self.exceptions = None
        e = exc_value
        cause = getattr(e, '__cause__', None)
        self.__cause__ = chained(cause) if cause is not None and id(cause) not in _seen else None
        need_context = not compact or (self.__cause__ is None and not self.__suppress_context__)
        context = getattr(e, '__context__', None)
        self.__context__ = (chained(context) if need_context and context is not None
                            and id(context) not in _seen else None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of the exception `exc` (with its own traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.',
                      DeprecationWarning, stacklevel=2)
        return self._exc_type

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        """The 'Type: message' line (or SyntaxError's lines) followed by the notes."""
        indent = 3 * _depth * ' '
        if self.exc_type_str is None:
            yield indent + _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type_str
        if not hasattr(self, 'msg') or not issubclass(self._exc_type, SyntaxError):
            yield indent + _format_final_exc_line(stype, self._str)
        else:
            yield from [indent + l for l in self._format_syntax_error(stype)]
        notes = self.__notes__
        if (isinstance(notes, collections.abc.Sequence)
                and not isinstance(notes, (str, bytes))):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [indent + l + '\n' for l in note.split('\n')]
        elif notes is not None:
            yield indent + "{}\n".format(_safe_string(notes, '__notes__', func=repr))
        if self.exceptions and show_group:
            for ex in self.exceptions:
                yield from ex.format_exception_only(show_group=show_group, _depth=_depth + 1)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            if self.offset is None:
                yield '    {}\n'.format(ltext)
            else:
                offset = self.offset
                if self.lineno == self.end_lineno:
                    end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                else:
                    end_offset = len(rtext) + 1
                if self.text and offset > len(self.text):
                    offset = len(rtext) + 1
                if end_offset == -1:
                    end_offset = len(rtext) + 1
                if offset >= end_offset or end_offset < 0:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                yield '    {}\n'.format(ltext)
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * max(1, end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the full report: chained exceptions first, then this one; an
        exception group's sub-exceptions follow it in numbered boxes."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg, chained_exc = None, None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(_ctx, chain)

    def _format_group(self, ctx, chain):
        top = ctx.exception_group_depth == 0
        if top:
            ctx.exception_group_depth += 1
        if self.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                margin_char='+' if top else None)
            yield from ctx.emit(self.stack.format())
        yield from ctx.emit(self.format_exception_only())
        count = len(self.exceptions)
        width = self.max_group_width
        shown = count if width is None or count <= width else width + 1
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                ctx.need_close = True   # a nested group may close the box itself
            truncated = width is not None and i >= width
            title = '...' if truncated else str(i + 1)
            yield ctx.indent() + ('+-' if i == 0 else '  ') + f'+---------------- {title} ----------------\n'
            ctx.exception_group_depth += 1
            if truncated:
                more = count - width
                yield from ctx.emit(f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + "+------------------------------------\n"
                ctx.need_close = False
            ctx.exception_group_depth -= 1
        if top:
            ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the full report to `file` (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


class _ExceptionPrintContext:
    """Where format() is inside nested exception groups: each level indents by two spaces and
    draws a margin ('|', or '+' on the top group's first line)."""

    def __init__(self):
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += (margin_char or '|') + ' '
        if isinstance(text, str):
            text = [text]
        for chunk in text:
            yield ''.join(prefix + line for line in chunk.splitlines(True))
