"""CSV (comma-separated values) files: read and write records in the dialects spreadsheets use.

Written for pyvm from the documented behaviour of Python 3.13's csv module. The reader is a
character-at-a-time state machine over each line the iterator returns; the writer quotes a field when
the dialect's rules ask for it and escapes what needs escaping."""

import re
from types import GenericAlias
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
QUOTE_STRINGS = 4
QUOTE_NOTNULL = 5


class Error(Exception):
    pass


_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    """Return the largest field the reader accepts; with an argument, set a new limit and return the old."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = limit
    return old


_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
          "quotechar", "quoting", "skipinitialspace", "strict")


def _char(name, value, optional):
    if value is None and optional:
        return None
    if not isinstance(value, str):
        if optional:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _DialectBase:
    """A validated, read-only set of formatting parameters (what the reader and writer use)."""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator",
                 "_quotechar", "_quoting", "_skipinitialspace", "_strict")

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRS:
                raise TypeError("this function got an unexpected keyword argument %r" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        quoting_given = "quoting" in kwargs
        delimiter = _char("delimiter", pick("delimiter", ","), False)
        doublequote = bool(pick("doublequote", True))
        escapechar = _char("escapechar", pick("escapechar", None), True)
        lineterminator = pick("lineterminator", "\r\n")
        quotechar = _char("quotechar", pick("quotechar", '"'), True)
        quoting = pick("quoting", QUOTE_MINIMAL)
        skipinitialspace = bool(pick("skipinitialspace", False))
        strict = bool(pick("strict", False))
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE,
                           QUOTE_STRINGS, QUOTE_NOTNULL):
            raise TypeError('bad "quoting" value')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if quotechar is None and "quotechar" in kwargs and not quoting_given:
            quoting = QUOTE_NONE
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if delimiter in ("\n", "\r") or delimiter in lineterminator:
            raise ValueError("bad delimiter value")
        if escapechar is not None:
            if escapechar == delimiter:
                raise ValueError("bad delimiter or escapechar value")
            if escapechar in ("\n", "\r") or escapechar in lineterminator or (
                    escapechar == " " and skipinitialspace):
                raise ValueError("bad escapechar value")
        if quotechar is not None:
            if quotechar == delimiter:
                raise ValueError("bad delimiter or quotechar value")
            if quotechar == escapechar:
                raise ValueError("bad escapechar or quotechar value")
            if quotechar in ("\n", "\r") or quotechar in lineterminator or (
                    quotechar == " " and skipinitialspace):
                raise ValueError("bad quotechar value")
        self._delimiter = delimiter
        self._doublequote = doublequote
        self._escapechar = escapechar
        self._lineterminator = lineterminator
        self._quotechar = quotechar
        self._quoting = quoting
        self._skipinitialspace = skipinitialspace
        self._strict = strict

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _DialectBase(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


class Dialect:
    """Describe a CSV dialect: subclass it and set the class attributes (delimiter, quotechar, ...)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _DialectBase(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# Reader states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = None   # the end-of-line marker fed after each line's characters


class reader:
    """Iterate over the records of an iterable of lines; each record is a list of fields."""

    def __init__(self, csvfile, dialect="excel", **fmtparams):
        self._input = iter(csvfile)
        self.dialect = _DialectBase(dialect, **fmtparams)
        self.line_num = 0
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._unquoted = True

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        quoting = self.dialect._quoting
        if self._unquoted:
            if not text and quoting in (QUOTE_NOTNULL, QUOTE_STRINGS):
                self._fields.append(None)
                self._unquoted = True
                return
            if text and quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
                self._unquoted = True
                self._fields.append(float(text))
                return
        self._unquoted = True
        self._fields.append(text)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_field(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._unquoted = False
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                # The state is left alone: after an escaped newline it stays AFTER_ESCAPED_CRNL,
                # so the record goes on past the next line's end (as CPython's reader does).
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif not d._strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d._delimiter, d._quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


class writer:
    """Write records (iterables of fields) to a file-like object as delimited lines."""

    def __init__(self, csvfile, dialect="excel", **fmtparams):
        write = getattr(csvfile, "write", None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = _DialectBase(dialect, **fmtparams)

    def _quote_field(self, text, quoted):
        d = self.dialect
        special = d._lineterminator
        out = []
        for c in text:
            if (c == d._delimiter or c == d._escapechar or c == d._quotechar
                    or c == "\n" or c == "\r" or c in special):
                escape = False
                if d._quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d._escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d._escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d._escapechar)
            out.append(c)
        text = "".join(out)
        if quoted:
            return d._quotechar + text + d._quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in fields:
            q = d._quoting
            if q == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif q == QUOTE_ALL:
                quoted = True
            elif q == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif q == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            if not text and d._skipinitialspace and d._delimiter == " ":
                if q == QUOTE_NONE:
                    raise Error("empty field must be quoted if delimiter is a space "
                                "and skipinitialspace is true")
                quoted = True
            parts.append(self._quote_field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            if d._quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d._quotechar * 2
        return self._write(d._delimiter.join(parts) + d._lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return hasattr(t, "__index__") or hasattr(t, "__int__") or hasattr(t, "__float__")


class DictReader:
    """Read rows as dicts keyed by the field names (given, or taken from the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(GenericAlias)


class DictWriter:
    """Write dicts as rows, in the order of the given field names."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(GenericAlias)


class Sniffer:
    """Guess a file's dialect (sniff) and whether its first row is a header (has_header).

    sniff tries each candidate delimiter (the preferred ones first) by parsing the sample with it:
    a delimiter splits every non-blank line into the same number (> 1) of fields."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        lines = [line for line in sample.split('\n') if line.strip()]
        quotechar = self._guess_quote(sample)
        best = None
        for delim in self._candidates(sample, delimiters):
            counts = self._field_counts(lines, delim, quotechar)
            if not counts:
                continue
            mode = max(set(counts), key=counts.count)
            agree = counts.count(mode)
            if mode < 2:
                continue
            if agree == len(counts):
                best = delim
                break
            if best is None or agree > best[1]:
                best = (delim, agree)
        if isinstance(best, tuple):
            if best[1] * 10 < len(lines) * 9:
                best = None
            else:
                best = best[0]
        if best is None:
            raise Error("Could not determine delimiter")
        delim = best
        used = sample.count(delim)
        skip = used > 0 and sample.count(delim + ' ') == used and delim != ' '
        doubled = bool(quotechar) and (quotechar * 2) in sample.replace(
            delim + quotechar * 2 + delim, delim + delim)

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.delimiter = delim
        dialect.quotechar = quotechar or '"'
        dialect.doublequote = doubled
        dialect.skipinitialspace = skip
        return dialect

    def _candidates(self, sample, delimiters):
        if delimiters is not None:
            seen = [d for d in self.preferred if d in delimiters]
            return seen + [d for d in delimiters if d not in seen]
        found = []
        for c in sample:
            if c not in found and not c.isalnum() and c not in '"\'\r\n_' and ord(c) < 127:
                found.append(c)
        return [d for d in self.preferred if d in found] + [d for d in found if d not in self.preferred]

    @staticmethod
    def _guess_quote(sample):
        # A quote char that opens a field: at the start of a line or after a non-word character.
        best, best_count = '', 0
        for q in ('"', "'"):
            count = len(re.findall(r'(?:^|[^\w%s])%s[^%s\n]*%s(?:$|[^\w%s])' % (q, q, q, q, q),
                                   sample, re.MULTILINE))
            if count > best_count:
                best, best_count = q, count
        return best

    @staticmethod
    def _field_counts(lines, delim, quotechar):
        try:
            rows = reader(lines, delimiter=delim, quotechar=quotechar or '"',
                          skipinitialspace=delim != ' ')
            return [len(row) for row in rows if row]
        except Error:
            return []

    def has_header(self, sample):
        # Vote per column over up to 20 rows after the first: a column of numbers under a
        # non-number, or of strings of one length under a cell of another length, says "header".
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        body = []
        for row in rows:
            if len(body) >= 20:
                break
            if len(row) == len(header):
                body.append(row)
        votes = 0
        for col, title in enumerate(header):
            cells = [row[col] for row in body]
            if not cells:
                votes += 1      # nothing below to compare with: CPython counts that for a header
                continue
            if all(_is_complex(cell) for cell in cells):
                votes += -1 if _is_complex(title) else 1
            else:
                lengths = {len(cell) for cell in cells}
                if len(lengths) == 1:
                    votes += -1 if len(title) in lengths else 1
        return votes > 0


def _is_complex(text):
    try:
        complex(text)
        return True
    except (ValueError, OverflowError):
        return False
