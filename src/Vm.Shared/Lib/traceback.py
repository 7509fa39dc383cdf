"""Extract, format and print stack traces and exceptions (the documented API of CPython 3.13's
traceback module), in the text CPython prints.

The VM's own report of an uncaught exception (Runtime/Tracebacks.cs) prints the same text; the
pieces both need come from the native _suggestions module: an entry's source lines with their
caret line (_positions, _format_lines) and the "Did you mean" hint (_trailer).
"""

import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_SAME_FRAME_SHOWN = 3       # identical consecutive entries printed before the "repeated" line
_CAUSE_HEADER = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_HEADER = "\nDuring handling of the above exception, another exception occurred:\n\n"
_ABSENT = object()          # print_exception(exc) versus print_exception(type, value, tb)


def _as_text(obj, what, convert=str):
    try:
        return convert(obj)
    except BaseException:
        return f'<{what} {convert.__name__}() failed>'


def _write(lines, file):
    if file is None:
        file = sys.stderr
    for text in lines:
        print(text, file=file, end="")


# ------------------------------------------------------------------ walking frames

def walk_tb(tb):
    """(frame, line number) of each entry of a traceback, following tb_next."""
    for frame, lineno, _entry in _tb_entries(tb):
        yield frame, lineno


def _tb_entries(tb):
    # The entry itself goes along: it knows the failing instruction's columns.
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) from frame f outwards along f_back; by default from the frame that
    called the function consuming this generator."""
    if f is None:
        consumer = sys._getframe().f_back
        f = consumer.f_back if consumer is not None else None
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _limited(entries, limit):
    # limit >= 0: the first `limit` entries; < 0: the last -limit; None: sys.tracebacklimit.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is None:
            return entries
        limit = max(limit, 0)
    if limit >= 0:
        return (entry for _, entry in zip(range(limit), entries))
    return list(entries)[limit:]


# ------------------------------------------------------------------ FrameSummary, StackSummary

class FrameSummary:
    """One entry of a stack trace: filename, lineno, name, the source line, and (if captured)
    the frame's locals as reprs. Compares equal to its (filename, lineno, name, line) tuple."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', 'locals',
                 '_source', '_entry')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._source = line     # None until looked up in linecache
        self._entry = None      # the traceback entry, when built from one
        if lookup_line:
            self.line
        self.locals = ({key: _as_text(value, 'local', repr) for key, value in locals.items()}
                       if locals else None)

    @property
    def line(self):
        if self._source is None:
            if self.lineno is None:
                return None
            self._source = linecache.getline(self.filename, self.lineno)
        return self._source.partition('\n')[0].strip()

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.locals) == \
                (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _source_with_carets(summary):
    # The entry's source lines and caret line as the VM's printer draws them, when the
    # traceback entry tells which columns failed.
    entry = getattr(summary, '_entry', None)
    if entry is None:
        return None
    import _suggestions
    where = _suggestions._positions(entry)
    if where is None:
        return None
    last, col, end_col = where
    lines = [linecache.getline(summary.filename, n) for n in range(summary.lineno, last + 1)]
    return _suggestions._format_lines(lines, col, end_col)


def _repeat_line(count):
    return f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n"


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summarise (frame, line number) pairs such as walk_stack() and walk_tb() give."""
        entries = ((frame, lineno, None) for frame, lineno in frame_gen)
        return klass._summarise(entries, limit, lookup_lines, capture_locals)

    @classmethod
    def _summarise(klass, entries, limit, lookup_lines, capture_locals):
        result = klass()
        files = set()
        for frame, lineno, entry in _limited(entries, limit):
            code = frame.f_code
            if code.co_filename not in files:
                files.add(code.co_filename)
                linecache.lazycache(code.co_filename, frame.f_globals)
            item = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                locals=frame.f_locals if capture_locals else None)
            item._entry = entry
            result.append(item)
        for filename in files:
            linecache.checkcache(filename)
        if lookup_lines:
            for item in result:
                item.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects and (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            result.append(item)
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its "File" line, the source (with carets where known) and
        the captured locals. Overrides may return None to leave the entry out."""
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
        source = _source_with_carets(frame_summary)
        if source:
            text += source
        elif frame_summary.line:
            text += f'    {frame_summary.line}\n'
        if frame_summary.locals:
            text += ''.join(f'    {key} = {value}\n'
                            for key, value in sorted(frame_summary.locals.items()))
        return text

    def format(self):
        """One string per entry; beyond three identical consecutive entries, one line saying
        how many more there were."""
        out = []
        previous = None
        run = 0
        for item in self:
            key = (item.filename, item.lineno, item.name)
            if key == previous:
                run += 1
            else:
                if run > _SAME_FRAME_SHOWN:
                    out.append(_repeat_line(run - _SAME_FRAME_SHOWN))
                previous, run = key, 1
            if run <= _SAME_FRAME_SHOWN:
                text = self.format_frame_summary(item)
                if text is not None:
                    out.append(text)
        if run > _SAME_FRAME_SHOWN:
            out.append(_repeat_line(run - _SAME_FRAME_SHOWN))
        return out


# ------------------------------------------------------------------ TracebackException

def _type_label(exc_type):
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module in ("__main__", "builtins"):
        return name
    if not isinstance(module, str):
        module = "<unknown>"
    return f"{module}.{name}"


class TracebackException:
    """An exception captured for formatting later: its type name, message, notes, stack, and
    the TracebackExceptions of its cause, context and (for a group) members. A cause or context
    met before along the chain is left out (None), which ends cycles."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        settings = (limit, lookup_lines, capture_locals, compact, max_group_width, max_group_depth)
        self._take(exc_type, exc_value, exc_traceback, settings, {id(exc_value)})

    def _take(self, exc_type, exc_value, exc_traceback, settings, seen):
        limit, lookup_lines, capture_locals, compact, width, depth = settings
        self.max_group_width = width
        self.max_group_depth = depth
        self.stack = StackSummary._summarise(_tb_entries(exc_traceback), limit, lookup_lines,
                                             capture_locals)
        self._type = exc_type
        self._message = _as_text(exc_value, 'exception')
        if exc_value is not None:
            import _suggestions
            hint = _suggestions._trailer(exc_value, exc_traceback)
            if hint:
                self._message += hint
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as failure:
            self.__notes__ = [f'Ignored error getting __notes__: {_as_text(failure, "__notes__", repr)}']
        self.exc_type_str = None if exc_type is None else _type_label(exc_type)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = _str_or_none(exc_value.lineno)
            self.end_lineno = _str_or_none(getattr(exc_value, 'end_lineno', None))
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

        def capture(other):
            seen.add(id(other))
            part = TracebackException.__new__(TracebackException)
            part._take(type(other), other, other.__traceback__, settings, seen)
            return part

        # A group's members are always captured, each with its own chain.
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [capture(member) for member in exc_value.exceptions]
        else:
            self.exceptions = None
        cause = getattr(exc_value, '__cause__', None)
        self.__cause__ = capture(cause) if cause is not None and id(cause) not in seen else None
        context = None
        if not compact or (self.__cause__ is None and not self.__suppress_context__):
            context = getattr(exc_value, '__context__', None)
        self.__context__ = capture(context) if context is not None and id(context) not in seen else None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture exc with its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.',
                      DeprecationWarning, stacklevel=2)
        return self._type

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._message

    def format_exception_only(self, *, show_group=False):
        """The exception's own lines: "Type: message" (or a SyntaxError's location, source and
        caret), then its notes; with show_group, the members' lines of a group, indented."""
        return _exception_lines(self, show_group, '')

    def format(self, *, chain=True):
        """The whole report line by line: the chained exceptions first, oldest first, then this
        one; a group's members follow it in numbered boxes."""
        return _report(self, chain, _Frame())

    def print(self, *, file=None, chain=True):
        """Write format() to file (sys.stderr by default)."""
        _write(self.format(chain=chain), file)


def _str_or_none(value):
    return None if value is None else str(value)


def _message_line(label, text):
    return f"{label}: {text}\n" if text else f"{label}\n"


def _exception_lines(te, show_group, indent):
    label = te.exc_type_str
    if label is not None and issubclass(te._type, SyntaxError) and hasattr(te, 'msg'):
        for line in _syntax_error_lines(te, label):
            yield indent + line
    elif indent:
        # inside a group, each line of a multi-line message is indented on its own
        for piece in _message_line(label, te._message)[:-1].split('\n'):
            yield f"{indent}{piece}\n"
    else:
        yield _message_line(label, te._message)
    if label is None:
        return
    notes = te.__notes__
    if isinstance(notes, (list, tuple)) or _is_sequence(notes):
        for note in notes:
            for piece in _as_text(note, 'note').split('\n'):
                yield f"{indent}{piece}\n"
    elif notes is not None:
        yield f"{indent}{_as_text(notes, '__notes__', repr)}\n"
    if show_group and te.exceptions:
        for member in te.exceptions:
            yield from _exception_lines(member, True, indent + '   ')


def _is_sequence(notes):
    if notes is None or isinstance(notes, (str, bytes)):
        return False
    from collections.abc import Sequence
    return isinstance(notes, Sequence)


def _syntax_error_lines(te, label):
    where = ''
    if te.lineno is not None:
        yield f'  File "{te.filename or "<string>"}", line {te.lineno}\n'
    elif te.filename is not None:
        where = f' ({te.filename})'
    if te.text is not None:
        line = te.text.rstrip('\n')
        shown = line.lstrip(' \n\f')
        yield f'    {shown}\n'
        if te.offset is not None:
            start, stop = _caret_span(te, line)
            # columns in `shown`, which lost the indentation
            start -= len(line) - len(shown)
            stop -= len(line) - len(shown)
            if start >= 0:
                pad = ''.join(c if c.isspace() else ' ' for c in shown[:start])
                yield f"    {pad}{'^' * max(1, stop - start)}\n"
    yield f"{label}: {te.msg or '<no detail available>'}{where}\n"


def _caret_span(te, line):
    # 0-based [start, stop) of the carets in `line` from the 1-based offset and end_offset: an
    # end on another line means the end of the line, a missing end a one-character span; both
    # ends are brought back to just after the text when they lie beyond it, and a span that is
    # empty or reversed becomes one character wide.
    after_text = len(line) + 1
    start = te.offset
    if te.lineno != te.end_lineno:
        stop = after_text
    else:
        stop = te.end_offset if te.end_offset not in (None, 0) else start
    if te.text:
        if start > len(te.text):
            start = after_text
        if stop > len(te.text):
            stop = after_text
    if stop < 0 or start >= stop:
        stop = start + 1
    return start - 1, stop - 1


class _Frame:
    """How deep format() is inside exception groups: each level indents two spaces and draws a
    margin, and whether the innermost numbered box still needs its closing line."""
    __slots__ = ('depth', 'box_open')

    def __init__(self):
        self.depth = 0
        self.box_open = False

    def mark(self, chunk, margin='|'):
        if not self.depth:
            return chunk
        lead = '  ' * self.depth + margin + ' '
        return ''.join(lead + line for line in chunk.splitlines(True))


def _report(te, chain, frame):
    links = []
    node = te
    while node is not None:
        header = after = None
        if chain:
            if node.__cause__ is not None:
                header, after = _CAUSE_HEADER, node.__cause__
            elif node.__context__ is not None and not node.__suppress_context__:
                header, after = _CONTEXT_HEADER, node.__context__
        links.append((header, node))
        node = after
    for header, node in reversed(links):
        if header is not None:
            yield frame.mark(header)
        if node.exceptions is None:
            if node.stack:
                yield frame.mark('Traceback (most recent call last):\n')
                for text in node.stack.format():
                    yield frame.mark(text)
            for text in node.format_exception_only():
                yield frame.mark(text)
        elif frame.depth > te.max_group_depth:
            yield frame.mark(f"... (max_group_depth is {te.max_group_depth})\n")
        else:
            yield from _report_group(node, chain, frame)


def _report_group(group, chain, frame):
    outermost = frame.depth == 0
    if outermost:
        frame.depth = 1
    if group.stack:
        yield frame.mark('Exception Group Traceback (most recent call last):\n',
                         '+' if outermost else '|')
        for text in group.stack.format():
            yield frame.mark(text)
    for text in group.format_exception_only():
        yield frame.mark(text)
    members = group.exceptions
    width = group.max_group_width
    boxes = len(members) if width is None or len(members) <= width else width + 1
    frame.box_open = False
    for n in range(boxes):
        final = n == boxes - 1
        if final:
            frame.box_open = True      # a nested group's last box may close it first
        elided = width is not None and n >= width
        title = '...' if elided else str(n + 1)
        yield f"{'  ' * frame.depth}{'+-' if n == 0 else '  '}+---------------- {title} ----------------\n"
        frame.depth += 1
        if elided:
            rest = len(members) - width
            yield frame.mark(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
        else:
            yield from _report(members[n], chain, frame)
        if final and frame.box_open:
            yield '  ' * frame.depth + '+------------------------------------\n'
            frame.box_open = False
        frame.depth -= 1
    if outermost:
        frame.depth = 0


# ------------------------------------------------------------------ module functions

def extract_tb(tb, limit=None):
    """A StackSummary of a traceback's entries, outermost call first."""
    return StackSummary._summarise(_tb_entries(tb), limit, True, False)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit=limit), file)


def format_list(extracted_list):
    """The printable text of each FrameSummary or (filename, lineno, name, line) tuple."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write(format_list(extracted_list), file)


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (the caller by default), outermost first."""
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    return format_list(extract_stack(sys._getframe(1) if f is None else f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(sys._getframe(1) if f is None else f, limit=limit), file=file)


def _exception_and_tb(exc, value, tb):
    # print_exception(exc) takes the traceback from the exception; the older
    # print_exception(type, value, tb) form gives both.
    if (value is _ABSENT) != (tb is _ABSENT):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _ABSENT:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def format_exception(exc, /, value=_ABSENT, tb=_ABSENT, limit=None, chain=True):
    """The lines print_exception() writes, each ending in a newline."""
    value, tb = _exception_and_tb(exc, value, tb)
    return list(TracebackException(type(value), value, tb, limit=limit, compact=True)
                .format(chain=chain))


def print_exception(exc, /, value=_ABSENT, tb=_ABSENT, limit=None, file=None, chain=True):
    """Write the exception, its traceback and its chained exceptions to file (sys.stderr)."""
    _write(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception_only(exc, /, value=_ABSENT, *, show_group=False):
    """The exception's last lines: "Type: message" and its notes."""
    if value is _ABSENT:
        value = exc
    return list(TracebackException(type(value), value, None, compact=True)
                .format_exception_only(show_group=show_group))


def format_exc(limit=None, chain=True):
    """format_exception() of the exception being handled, joined into one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """print_exception() of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """print_exception() of the last exception that reached the interactive prompt."""
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    elif hasattr(sys, "last_type"):
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)
    else:
        raise ValueError("no last exception")


def clear_frames(tb):
    """Clear the locals of every frame in a traceback (frames still running are skipped)."""
    for frame, _lineno in walk_tb(tb):
        clear = getattr(frame, 'clear', None)   # frames of this VM may not offer it
        if clear is None:
            continue
        try:
            clear()
        except RuntimeError:
            pass
