"""plistlib: Apple property lists in the XML format (load/loads/dump/dumps), written from the documentation.

Reading goes through xml.parsers.expat: a stack of open containers receives each finished value. Writing
walks the value with a tab-indented writer. The binary format is not supported (FMT_BINARY raises).
"""

import base64
import binascii
import datetime
import enum
import re
from io import BytesIO
from xml.parsers.expat import ParserCreate

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads", "dumps", "UID"]

PlistFormat = enum.Enum("PlistFormat", "FMT_XML FMT_BINARY", module=__name__)
globals().update(PlistFormat.__members__)

PLISTHEADER = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DATE = re.compile(r"(\d\d\d\d)(?:-(\d\d)(?:-(\d\d)(?:T(\d\d)(?::(\d\d)(?::(\d\d))?)?)?)?)?Z", re.ASCII)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


class UID:
    """A keyed-archiver object reference (an unsigned integer below 2**64)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))

    def __reduce__(self):
        return self.__class__, (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


# ---- reading ----

class _Reader:
    """Builds the value of an XML plist from expat's events."""

    def __init__(self, dict_type, aware_datetime):
        self.dict_type = dict_type
        self.aware = aware_datetime
        self.containers = []    # open dicts and lists
        self.keys = []          # for each open dict: the pending key (None if none)
        self.text = []
        self.result = None
        self.done = False

    def parse(self, fp):
        parser = ParserCreate()
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data
        parser.EntityDeclHandler = self.entity_decl
        parser.ParseFile(fp)
        return self.result

    def data(self, text):
        self.text.append(text)

    def entity_decl(self, name, is_parameter, value, base, system_id, public_id, notation):
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def add(self, value):
        if not self.containers:
            if self.done:
                raise ValueError("unexpected element at line %d" % 0)
            self.result = value
            self.done = True
            return
        top = self.containers[-1]
        if isinstance(top, list):
            top.append(value)
            return
        key = self.keys[-1]
        if key is None:
            raise ValueError("missing key for value")
        top[key] = value
        self.keys[-1] = None

    def start(self, tag, attrs):
        self.text = []
        if tag == "dict":
            d = self.dict_type()
            self.add(d)
            self.containers.append(d)
            self.keys.append(None)
        elif tag == "array":
            a = []
            self.add(a)
            self.containers.append(a)
            self.keys.append(None)

    def end(self, tag):
        text = "".join(self.text)
        self.text = []
        if tag in ("dict", "array"):
            if tag == "dict" and self.keys[-1] is not None:
                raise ValueError("missing value for key '%s'" % self.keys[-1])
            self.containers.pop()
            self.keys.pop()
        elif tag == "key":
            if not self.containers or not isinstance(self.containers[-1], dict) and not hasattr(self.containers[-1], "keys"):
                raise ValueError("unexpected key")
            if self.keys[-1] is not None:
                raise ValueError("unexpected key")
            self.keys[-1] = text
        elif tag == "string":
            self.add(text)
        elif tag == "integer":
            raw = text.strip()
            self.add(int(raw, 16) if raw.lower().startswith(("0x", "-0x")) else int(raw))
        elif tag == "real":
            self.add(float(text))
        elif tag == "true":
            self.add(True)
        elif tag == "false":
            self.add(False)
        elif tag == "data":
            self.add(base64.b64decode(text.encode("ascii")))
        elif tag == "date":
            self.add(_parse_date(text, self.aware))
        elif tag != "plist":
            raise ValueError("unsupported element <%s>" % tag)


def _parse_date(text, aware):
    m = _DATE.match(text)
    if not m:
        raise ValueError("invalid date %r" % text)
    parts = [int(g) if g else 1 if i < 3 else 0 for i, g in enumerate(m.groups())]
    if aware:
        return datetime.datetime(*parts, tzinfo=datetime.UTC)
    return datetime.datetime(*parts)


def load(fp, *, fmt=None, dict_type=dict, aware_datetime=False):
    """Reads a plist from a binary file object."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        if header.startswith(b"bplist00"):
            fmt = FMT_BINARY
        else:
            fmt = FMT_XML
    if fmt == FMT_BINARY:
        raise InvalidFileException("binary plists are not supported by this VM")
    if fmt != FMT_XML:
        raise ValueError("Unsupported format: %r" % (fmt,))
    return _Reader(dict_type, aware_datetime).parse(fp)


def loads(value, *, fmt=None, dict_type=dict, aware_datetime=False):
    """Reads a plist from bytes (or str)."""
    if isinstance(value, str):
        if fmt == FMT_BINARY:
            raise TypeError("value must be bytes-like object when fmt is FMT_BINARY")
        value = value.encode()
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type, aware_datetime=aware_datetime)


# ---- writing ----

def _escape(text):
    if _CONTROL.search(text):
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Writer:
    def __init__(self, out, sort_keys, skipkeys, aware_datetime):
        self.out = out
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.aware = aware_datetime
        self.depth = 0

    def line(self, text):
        self.out.write(b"\t" * self.depth + text.encode("utf-8") + b"\n")

    def leaf(self, tag, text):
        self.line("<%s>%s</%s>" % (tag, text, tag))

    def value(self, v):
        if isinstance(v, str):
            self.leaf("string", _escape(v))
        elif v is True:
            self.line("<true/>")
        elif v is False:
            self.line("<false/>")
        elif isinstance(v, int):
            if not -1 << 63 <= v < 1 << 64:
                raise OverflowError(v)
            self.leaf("integer", "%d" % v)
        elif isinstance(v, float):
            self.leaf("real", repr(v))
        elif isinstance(v, dict):
            self.dict(v)
        elif isinstance(v, (bytes, bytearray)):
            self.data(bytes(v))
        elif isinstance(v, datetime.datetime):
            if self.aware:
                if v.tzinfo is None:
                    raise ValueError("naive datetime instances are not supported")
                v = v.astimezone(datetime.UTC)
            self.leaf("date", "%04d-%02d-%02dT%02d:%02d:%02dZ" % (v.year, v.month, v.day, v.hour, v.minute, v.second))
        elif isinstance(v, (tuple, list)):
            if not v:
                self.line("<array/>")
                return
            self.line("<array>")
            self.depth += 1
            for item in v:
                self.value(item)
            self.depth -= 1
            self.line("</array>")
        else:
            raise TypeError("unsupported type: %s" % type(v))

    def dict(self, d):
        if not d:
            self.line("<dict/>")
            return
        self.line("<dict>")
        self.depth += 1
        items = sorted(d.items()) if self.sort_keys else d.items()
        for key, value in items:
            if not isinstance(key, str):
                if self.skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self.leaf("key", _escape(key))
            self.value(value)
        self.depth -= 1
        self.line("</dict>")

    def data(self, raw):
        self.line("<data>")
        indent = b"\t" * self.depth
        width = max(16, 76 - len(indent.replace(b"\t", b" " * 8)))
        step = (width // 4) * 3
        for i in range(0, len(raw), step):
            self.out.write(indent + binascii.b2a_base64(raw[i:i + step]))
        self.line("</data>")


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False, aware_datetime=False):
    """Writes value as a plist to a binary file object."""
    if fmt == FMT_BINARY:
        raise ValueError("binary plists are not supported by this VM")
    if fmt != FMT_XML:
        raise ValueError("Unsupported format: %r" % (fmt,))
    fp.write(PLISTHEADER)
    fp.write(b'<plist version="1.0">\n')
    _Writer(fp, sort_keys, skipkeys, aware_datetime).value(value)
    fp.write(b"</plist>\n")


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True, aware_datetime=False):
    """The plist of value, as bytes."""
    fp = BytesIO()
    dump(value, fp, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys, aware_datetime=aware_datetime)
    return fp.getvalue()
