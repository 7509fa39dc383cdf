"""Parsers that turn message text into email.message.Message objects (compat32).

The header block runs up to the first empty line. A line starting with space or tab
continues the previous header (its line break is kept in the value); a leading 'From ' line
is the Unix envelope. A line that is neither a header nor blank ends the headers early: it
and what follows are the body, and the message records MissingHeaderBodySeparatorDefect.
The body becomes the payload text as is; multipart bodies are not split into parts.
"""

import re
from io import StringIO, TextIOWrapper

from email import errors
from email._policybase import compat32

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']

_HEADER_LINE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')


def parse_text(text, factory, policy, headersonly=False):
    """The Message for the whole of `text` (see the module docstring)."""
    msg = factory(policy=policy) if factory is not None else _default_factory(policy)
    lines = text.splitlines(keepends=True)
    current = None          # the raw lines of the header being read
    i = 0
    n = len(lines)

    def flush():
        if current is not None:
            msg.set_raw(*policy.header_source_parse(current))

    while i < n:
        line = lines[i]
        if line.strip('\r\n') == '':
            i += 1
            break
        if not _HEADER_LINE.match(line):
            msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
            break
        if line[0] in ' \t':
            if current is None:
                msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
            else:
                current.append(line)
            i += 1
            continue
        if line.startswith('From '):
            if i == 0:
                msg.set_unixfrom(line.rstrip('\r\n'))
            else:
                msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
            i += 1
            continue
        flush()
        if line.startswith(':'):
            msg.defects.append(errors.InvalidHeaderDefect("Missing header name."))
            current = None
        else:
            current = [line]
        i += 1
    flush()
    msg.set_payload(''.join(lines[i:]))
    return msg


def _default_factory(policy):
    from email.message import Message
    return Message(policy=policy)


class Parser:
    """Parse message text from a text file (parse) or a str (parsestr)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return parse_text(fp.read(), self._class, self.policy, headersonly)

    def parsestr(self, text, headersonly=False):
        return parse_text(text, self._class, self.policy, headersonly)


class HeaderParser(Parser):
    """A Parser that reads only the headers; the rest is the payload unparsed."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parse message bytes; bytes that are not ASCII are kept as surrogates."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        data = fp.read()
        return self.parsebytes(data, headersonly)

    def parsebytes(self, text, headersonly=False):
        text = bytes(text).decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
