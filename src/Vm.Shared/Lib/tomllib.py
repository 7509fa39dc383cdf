"""Read TOML 1.0.0 documents (the standard library's tomllib).

Written for this VM from the documentation of tomllib and the TOML 1.0.0 specification
(https://toml.io/en/v1.0.0): `load(fp)` takes a binary file, `loads(s)` a str, both return a dict;
`parse_float` is called with the text of every TOML float, as written.

How the document is read: one pass over the text with a position. Each statement is a table
header, an array-of-tables header or a key/value pair. The rules about defining a table twice
are checked on the dict objects themselves: every dict the reader creates is remembered as
"opened by a header", "created by dotted keys (and in which section)" or "closed" (inline tables
and arrays written as values, which nothing may extend). A new [[array]] element is a new dict, so
it starts with no marks.
"""

import re
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """Raised when the text is not a valid TOML document."""


def load(fp, /, *, parse_float=float):
    """Read a TOML document from a binary file object and return a dict."""
    raw = fp.read()
    try:
        text = raw.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document given as a str and return a dict."""
    # (bytes fail here with bytes.replace's own TypeError, as in CPython)
    return _Reader(s.replace("\r\n", "\n"), parse_float).document()


# Characters: TOML forbids the control characters except tab (and newline where lines may break).
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC_RUN = re.compile(r'[^"\\\x00-\x08\x0a-\x1f\x7f]+')
_ML_BASIC_RUN = re.compile(r'[^"\\\x00-\x08\x0b-\x1f\x7f]+')
_LITERAL = re.compile(r"'([^'\x00-\x08\x0a-\x1f\x7f]*)'")
_ML_LITERAL_BAD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_COMMENT_BAD = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_WS = " \t"

_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))?)?")
_LOCAL_TIME = re.compile(r"(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?")
_DIGITS = r"\d(?:_?\d)*"
_NUMBER = re.compile(
    r"0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*"
    r"|[+-]?(?:inf|nan)"
    rf"|[+-]?(?:0|[1-9](?:_?\d)*)(?:\.{_DIGITS})?(?:[eE][+-]?{_DIGITS})?")

_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

# What a dict is to the rules about redefinition (see the module's docstring).
_HEADER, _DOTTED, _CLOSED = 1, 2, 3


class _Reader:
    def __init__(self, text, parse_float):
        self.text = text
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.kind = {}      # id(dict or list) -> _HEADER / _DOTTED / _CLOSED
        self.owner = {}     # id(dict created by dotted keys) -> id of the section it was written in
        self.arrays = set()  # ids of lists made by [[header]] (the ones a header may extend)
        self.keep = []      # every container marked above, so no id is reused while reading

    # ---- errors and positions

    def fail(self, message, at=None):
        at = self.pos if at is None else at
        if at >= len(self.text):
            where = "end of document"
        else:
            line = self.text.count("\n", 0, at) + 1
            column = at - self.text.rfind("\n", 0, at)
            where = f"line {line}, column {column}"
        raise TOMLDecodeError(f"{message} (at {where})")

    def mark(self, obj, kind):
        self.kind[id(obj)] = kind
        self.keep.append(obj)

    # ---- whitespace, comments, line ends

    def peek(self, n=1):
        return self.text[self.pos:self.pos + n]

    def skip_ws(self):
        text, i = self.text, self.pos
        while i < len(text) and text[i] in _WS:
            i += 1
        self.pos = i

    def skip_comment(self):
        if self.peek() == "#":
            end = self.text.find("\n", self.pos)
            end = len(self.text) if end < 0 else end
            bad = _COMMENT_BAD.search(self.text, self.pos + 1, end)
            if bad:
                self.fail("Illegal character in a comment", bad.start())
            self.pos = end

    def skip_blank(self):
        """Whitespace, comments and newlines (inside arrays)."""
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() == "\n":
                self.pos += 1
            else:
                return

    def end_of_statement(self):
        self.skip_ws()
        self.skip_comment()
        c = self.peek()
        if c == "\n":
            self.pos += 1
        elif c:
            self.fail("Expected newline or end of document after a statement")

    # ---- the document

    def document(self):
        section = self.root
        text = self.text
        while True:
            self.skip_ws()
            if self.pos >= len(text):
                return self.root
            c = text[self.pos]
            if c == "\n":
                self.pos += 1
                continue
            if c == "#":
                self.skip_comment()
            elif c == "[":
                section = self.array_header() if self.peek(2) == "[[" else self.table_header()
            else:
                self.key_value(section, section)
            self.end_of_statement()

    def table_header(self):
        self.pos += 1
        self.skip_ws()
        start = self.pos
        keys = self.key()
        self.skip_ws()
        if self.peek() != "]":
            self.fail("Expected ']' at the end of a table declaration")
        self.pos += 1
        table = self.descend(keys[:-1], start)
        last = keys[-1]
        if last in table:
            found = table[last]
            if not isinstance(found, dict) or self.kind.get(id(found)) in (_HEADER, _DOTTED, _CLOSED):
                self.fail(f"Cannot declare {self.dotted(keys)} twice", start)
        else:
            found = table[last] = {}
        self.mark(found, _HEADER)
        return found

    def array_header(self):
        self.pos += 2
        self.skip_ws()
        start = self.pos
        keys = self.key()
        self.skip_ws()
        if self.peek(2) != "]]":
            self.fail("Expected ']]' at the end of an array declaration")
        self.pos += 2
        table = self.descend(keys[:-1], start)
        last = keys[-1]
        element = {}
        if last not in table:
            array = table[last] = []
            self.arrays.add(id(array))
            self.keep.append(array)
        else:
            array = table[last]
            if not isinstance(array, list) or id(array) not in self.arrays:
                self.fail(f"Cannot declare {self.dotted(keys)} as an array of tables: it is already defined", start)
        array.append(element)
        self.keep.append(element)
        return element

    def descend(self, keys, start):
        """The table a header's leading keys name, creating the tables that do not exist yet."""
        table = self.root
        for k in keys:
            if k not in table:
                child = table[k] = {}
                self.keep.append(child)
                table = child
                continue
            child = table[k]
            if isinstance(child, list) and id(child) in self.arrays:
                child = child[-1]
            if not isinstance(child, dict) or self.kind.get(id(child)) == _CLOSED:
                self.fail("Cannot extend a value that is not a table", start)
            table = child
        return table

    @staticmethod
    def dotted(keys):
        return ".".join(k if _BARE_KEY.fullmatch(k) else repr(k) for k in keys)

    # ---- key/value pairs

    def key_value(self, table, section):
        start = self.pos
        keys = self.key()
        self.skip_ws()
        if self.peek() != "=":
            self.fail("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        value = self.value()
        for k in keys[:-1]:
            if k in table:
                child = table[k]
                if not isinstance(child, dict):
                    self.fail("Cannot extend a value that is not a table", start)
                kind = self.kind.get(id(child))
                if kind == _CLOSED or kind == _HEADER or (
                        kind == _DOTTED and self.owner.get(id(child)) != id(section)):
                    self.fail("Cannot add keys to a table defined elsewhere", start)
            else:
                child = table[k] = {}
                self.mark(child, _DOTTED)
                self.owner[id(child)] = id(section)
            table = child
        last = keys[-1]
        if last in table:
            self.fail(f"Cannot overwrite a value ({self.dotted(keys)})", start)
        table[last] = value

    def key(self):
        keys = [self.simple_key()]
        while True:
            save = self.pos
            self.skip_ws()
            if self.peek() != ".":
                self.pos = save
                return keys
            self.pos += 1
            self.skip_ws()
            keys.append(self.simple_key())

    def simple_key(self):
        c = self.peek()
        if c == '"':
            if self.peek(3) == '"""':
                self.fail("Multi-line strings are not allowed as keys")
            return self.basic_string()
        if c == "'":
            if self.peek(3) == "'''":
                self.fail("Multi-line strings are not allowed as keys")
            return self.literal_string()
        m = _BARE_KEY.match(self.text, self.pos)
        if not m:
            self.fail("Invalid statement" if c else "Expected a key")
        self.pos = m.end()
        return m.group()

    # ---- values

    def value(self):
        c = self.peek()
        if c == '"':
            return self.ml_basic_string() if self.peek(3) == '"""' else self.basic_string()
        if c == "'":
            return self.ml_literal_string() if self.peek(3) == "'''" else self.literal_string()
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        m = _DATE_TIME.match(self.text, self.pos)
        if m:
            return self.date_time(m)
        m = _LOCAL_TIME.match(self.text, self.pos)
        if m:
            self.pos = m.end()
            try:
                return time(int(m[1]), int(m[2]), int(m[3]), self.micro(m[4]))
            except ValueError:
                self.fail("Invalid time", m.start())
        m = _NUMBER.match(self.text, self.pos)
        if m:
            self.pos = m.end()
            return self.number(m.group(), m.start())
        self.fail("Invalid value")

    @staticmethod
    def micro(fraction):
        return int(fraction[:6].ljust(6, "0")) if fraction else 0

    def date_time(self, m):
        self.pos = m.end()
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
            if m[4] is None:
                return day
            zone = None
            if m[8]:
                zone = timezone.utc
            elif m[9]:
                sign = -1 if m[9] == "-" else 1
                hours, minutes = int(m[10]), int(m[11])
                if hours > 23 or minutes > 59:
                    raise ValueError("offset out of range")
                zone = timezone(sign * timedelta(hours=hours, minutes=minutes))
            return datetime(day.year, day.month, day.day, int(m[4]), int(m[5]), int(m[6]),
                            self.micro(m[7]), tzinfo=zone)
        except ValueError:
            self.fail("Invalid date or datetime", m.start())

    def number(self, text, start):
        base = {"0x": 16, "0o": 8, "0b": 2}.get(text[:2])
        if base:
            return int(text[2:].replace("_", ""), base)
        if text.lstrip("+-") in ("inf", "nan") or any(c in text for c in ".eE"):
            if self.parse_float is float:
                return float(text.replace("_", ""))
            result = self.parse_float(text)
            if isinstance(result, (dict, list)):
                raise ValueError("parse_float must not return dicts or lists")
            return result
        return int(text.replace("_", ""))

    def array(self):
        start = self.pos
        self.pos += 1
        items = []
        while True:
            self.skip_blank()
            if self.peek() == "]":
                self.pos += 1
                break
            if not self.peek():
                self.fail("Unclosed array", start)
            items.append(self.value())
            self.skip_blank()
            c = self.peek()
            if c == ",":
                self.pos += 1
            elif c == "]":
                self.pos += 1
                break
            else:
                self.fail("Unclosed array" if not c else "Expected ',' or ']' after an array item")
        self.mark(items, _CLOSED)
        return items

    def inline_table(self):
        self.pos += 1
        table = {}
        self.mark(table, _CLOSED)
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            self.skip_ws()
            self.key_value(table, table)
            self.skip_ws()
            c = self.peek()
            if c == "}":
                self.pos += 1
                break
            if c != ",":
                self.fail("Unclosed inline table" if c in ("", "\n") else "Expected ',' or '}' after an inline table value")
            self.pos += 1
        self.close_dotted(table)
        return table

    def close_dotted(self, table):
        """Tables made by dotted keys inside an inline table are as closed as the table itself."""
        for v in table.values():
            if isinstance(v, dict) and self.kind.get(id(v)) == _DOTTED:
                self.kind[id(v)] = _CLOSED
                self.close_dotted(v)

    # ---- strings

    def take_run(self, pattern, parts):
        """Consumes the ordinary characters at the position; returns the character after them."""
        m = pattern.match(self.text, self.pos)
        if m:
            parts.append(m.group())
            self.pos = m.end()
        return self.peek()

    def basic_string(self):
        self.pos += 1
        parts = []
        while True:
            c = self.take_run(_BASIC_RUN, parts)
            if c == '"':
                self.pos += 1
                return "".join(parts)
            if c == "\\":
                parts.append(self.escape())
            elif not c or c == "\n":
                self.fail("Unterminated string")
            else:
                self.fail("Illegal character in a string")

    def ml_basic_string(self):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        parts = []
        text = self.text
        while True:
            c = self.take_run(_ML_BASIC_RUN, parts)
            if c == '"':
                if self.close_ml('"', parts):
                    return "".join(parts)
            elif c == "\\":
                after = self.pos + 1
                while after < len(text) and text[after] in _WS:
                    after += 1
                if after < len(text) and text[after] == "\n":
                    # a line-ending backslash: drop the newline and the whitespace after it
                    self.pos = after
                    while self.pos < len(text) and text[self.pos] in " \t\n":
                        self.pos += 1
                else:
                    parts.append(self.escape())
            elif not c:
                self.fail("Unterminated string")
            else:
                self.fail("Illegal character in a string")

    def close_ml(self, quote, parts):
        """At a quote in a multi-line string: consume it, or the closing delimiter (True)."""
        run = 0
        text = self.text
        while self.pos + run < len(text) and text[self.pos + run] == quote:
            run += 1
        if run < 3:
            parts.append(quote * run)
            self.pos += run
            return False
        if run > 5:
            self.fail("Too many quotes at the end of a multi-line string")
        parts.append(quote * (run - 3))
        self.pos += run
        return True

    def escape(self):
        start = self.pos
        c = self.text[self.pos + 1:self.pos + 2]
        if c in _ESCAPES:
            self.pos += 2
            return _ESCAPES[c]
        if c in ("u", "U"):
            width = 4 if c == "u" else 8
            digits = self.text[self.pos + 2:self.pos + 2 + width]
            if len(digits) != width or not all(d in "0123456789abcdefABCDEF" for d in digits):
                self.fail("Invalid unicode escape", start)
            code = int(digits, 16)
            if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                self.fail("Escaped character is not a Unicode scalar value", start)
            self.pos += 2 + width
            return chr(code)
        self.fail("Unescaped '\\' in a string", start)

    def literal_string(self):
        m = _LITERAL.match(self.text, self.pos)
        if not m:
            end = self.text.find("'", self.pos + 1)
            newline = self.text.find("\n", self.pos + 1)
            if end < 0 or 0 <= newline < end:
                self.fail("Unterminated string")
            self.fail("Illegal character in a string")
        self.pos = m.end()
        return m[1]

    def ml_literal_string(self):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        parts = []
        text = self.text
        while True:
            end = text.find("'", self.pos)
            if end < 0:
                self.fail("Unterminated string")
            bad = _ML_LITERAL_BAD.search(text, self.pos, end)
            if bad:
                self.fail("Illegal character in a string", bad.start())
            parts.append(text[self.pos:end])
            self.pos = end
            if self.close_ml("'", parts):
                return "".join(parts)
