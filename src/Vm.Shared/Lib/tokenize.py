"""Tokenizer for Python source (the documented API of CPython 3.13's tokenize module).

Tokens are produced the way CPython 3.12+ reports them: COMMENT and NL tokens, f-strings as
FSTRING_START / FSTRING_MIDDLE / FSTRING_END with the tokens of their fields, DEDENT tokens at the
next statement, a NEWLINE with empty text when the source does not end in one, ENDMARKER last.
Written from the documentation and the observed output; one scanner class over the whole text.
"""

import codecs as _codecs
import re as _re
import sys as _sys
from collections import namedtuple as _namedtuple
from io import TextIOWrapper as _TextIOWrapper

import token as _token
from token import *  # noqa: F401,F403  (the module exports the token constants too)

__all__ = _token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize',
                            'TokenInfo', 'open', 'TokenError']

EXACT_TOKEN_TYPES = _token.EXACT_TOKEN_TYPES
cookie_re = _re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', _re.ASCII)
blank_re = _re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', _re.ASCII)


class TokenError(Exception):
    pass


class TokenInfo(_namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        kind = f'{self.type} ({tok_name[self.type]})'
        return (f'TokenInfo(type={kind}, string={self.string!r}, start={self.start!r}, '
                f'end={self.end!r}, line={self.line!r})')

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


# ------------------------------------------------------------------ encodings

def _normal_encoding(name):
    """The codec name CPython's tokenizer reports for a coding cookie."""
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """The encoding of a source read with readline (bytes), and the lines read to find it:
    a UTF-8 BOM, a coding cookie in the first two lines, or 'utf-8'."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom = False
    read = []

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            raise SyntaxError(msg if filename is None else f'{msg} for {filename!r}')
        match = cookie_re.match(text)
        if not match:
            return None
        encoding = _normal_encoding(match.group(1))
        try:
            _codecs.lookup(encoding)
        except LookupError:
            where = '' if filename is None else f' for {filename!r}'
            raise SyntaxError(f'unknown encoding{where}: {encoding}' if filename else f'unknown encoding: {encoding}')
        if bom:
            if encoding != 'utf-8':
                raise SyntaxError('encoding problem: utf-8' if filename is None else f'encoding problem for {filename!r}: utf-8')
            encoding += '-sig'
        return encoding

    first = next_line()
    if first.startswith(_codecs.BOM_UTF8):
        bom = True
        first = first[3:]
    default = 'utf-8-sig' if bom else 'utf-8'
    if not first:
        return default, []
    read.append(first)
    found = cookie_of(first)
    if found:
        return found, read
    if not blank_re.match(first):
        return default, read
    second = next_line()
    if not second:
        return default, read
    read.append(second)
    found = cookie_of(second)
    return (found or default), read


def open(filename):
    """Open a Python source file for reading text in the encoding detect_encoding finds."""
    import builtins
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = _TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        buffer.close()
        raise


# ------------------------------------------------------------------ scanning

_PREFIXES = {'', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'}
_DIGITS = r'[0-9](?:_?[0-9])*'
_EXPONENT = r'[eE][-+]?' + _DIGITS
_NUMBER = _re.compile(
    r'(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+'
    rf'|(?:{_DIGITS}\.(?:{_DIGITS})?|\.{_DIGITS})(?:{_EXPONENT})?[jJ]?'
    rf'|{_DIGITS}(?:{_EXPONENT})?[jJ]?)')
_OPERATORS = sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)


class _FString:
    """One open f-string: its quote, whether raw, and where the scanner is inside it."""

    def __init__(self, quote, raw, row, col):
        self.quote = quote
        self.raw = raw
        self.row = row       # where its FSTRING_START is
        self.col = col
        self.mode = 'text'   # 'text', 'field' (the expression) or 'spec' (after the ':')
        self.depth = 0       # brackets open inside the current field
        self.spec_depth = 0  # nested fields of format specs

    def close_field(self):
        """After a field's '}': back in the enclosing format spec, or in the literal text."""
        if self.spec_depth:
            self.spec_depth -= 1
            self.mode = 'spec'
        else:
            self.mode = 'text'


class _Scanner:
    def __init__(self, lines):
        self.lines = lines
        self.row = 0          # index into lines
        self.col = 0
        self.brackets = []
        self.indents = ['']
        self.fstrings = []
        self.line_has_tokens = False

    def text(self):
        return self.lines[self.row] if self.row < len(self.lines) else ''

    def span_lines(self, first_row):
        return ''.join(self.lines[first_row:self.row + 1])

    def token(self, kind, string, start_row, start_col, line=None):
        return TokenInfo(kind, string, (start_row + 1, start_col), (self.row + 1, self.col),
                         self.span_lines(start_row) if line is None else line)

    def error(self, message, row, col):
        raise TokenError(message, (row + 1, col))

    def run(self):
        at_line_start = True
        while self.row < len(self.lines):
            if self.fstrings and self.fstrings[-1].mode != 'field':
                yield from self.fstring_text()
                continue
            line = self.text()
            if at_line_start and not self.brackets and not self.fstrings:
                yield from self.line_start()
            at_line_start = False
            c = line[self.col] if self.col < len(line) else ''
            if c and c in ' \t\f':
                self.col += 1
            elif c == '#':
                end = len(line.rstrip('\r\n'))
                yield TokenInfo(COMMENT, line[self.col:end], (self.row + 1, self.col), (self.row + 1, end), line)
                self.col = end
            elif c in ('\n', '\r') or c == '':
                newline = line[self.col:]
                start = self.col
                ends_logical = not self.brackets and not self.fstrings and self.line_has_tokens
                kind = NEWLINE if ends_logical else NL
                self.col += len(newline)
                yield TokenInfo(kind, newline, (self.row + 1, start), (self.row + 1, start + len(newline)) if newline else (self.row + 1, start + 1), line)
                if ends_logical:
                    self.line_has_tokens = False
                self.row += 1
                self.col = 0
                at_line_start = True
            elif c == '\\' and line[self.col + 1:self.col + 2] in ('\n', '\r', ''):
                if self.row + 1 >= len(self.lines):
                    self.error('unexpected EOF in multi-line statement', self.row, 0)
                self.row += 1
                self.col = 0
            else:
                self.line_has_tokens = True
                yield from self.one_token(line, c)
        if self.fstrings:
            self.eof_in_statement()
        if self.brackets:
            self.error('unexpected EOF in multi-line statement', len(self.lines) - 1 if self.lines else 0, 0)
        end_row = len(self.lines) + 1
        for _ in self.indents[1:]:
            yield TokenInfo(DEDENT, '', (end_row, 0), (end_row, 0), '')
        yield TokenInfo(ENDMARKER, '', (end_row, 0), (end_row, 0), '')

    def eof_in_statement(self):
        last = self.lines[-1].rstrip('\r\n')
        self.error('unexpected EOF in multi-line statement', len(self.lines) - 1, len(last) + 1)

    def unterminated(self, fs):
        kind = 'triple-quoted f-string' if len(fs.quote) == 3 else 'f-string'
        self.error(f'unterminated {kind} literal (detected at line {min(self.row, len(self.lines) - 1) + 1})', fs.row, fs.col + 1)

    def line_start(self):
        line = self.text()
        stripped = line.lstrip(' \t\f')
        if stripped[:1] in ('#', '\n', '\r', ''):
            return  # a blank or comment-only line: no INDENT/DEDENT
        ws = line[:len(line) - len(stripped)]
        self.col = len(ws)
        current = self.indents[-1]
        if ws == current:
            return
        if ws.startswith(current) and _width(ws) > _width(current):
            self.indents.append(ws)
            yield TokenInfo(INDENT, ws, (self.row + 1, 0), (self.row + 1, len(ws)), line)
            return
        if ws not in self.indents:
            raise IndentationError('unindent does not match any outer indentation level',
                                   ('<string>', self.row + 1, len(line.rstrip('\r\n')) + 1, line.rstrip('\r\n'), None, None))
        while ws != self.indents[-1]:
            self.indents.pop()
            yield TokenInfo(DEDENT, '', (self.row + 1, len(ws)), (self.row + 1, len(ws)), line)

    def one_token(self, line, c):
        start = self.col
        row = self.row
        if c.isidentifier() or not c.isascii():
            end = start + 1
            while end < len(line) and (('a' + line[end]).isidentifier() or not line[end].isascii()):
                end += 1
            word = line[start:end]
            quote = line[end:end + 1]
            if quote in ('"', "'") and word.lower() in _PREFIXES:
                self.col = end
                yield from self.string(word, start)
                return
            self.col = end
            yield TokenInfo(NAME, word, (row + 1, start), (row + 1, end), line)
            return
        if c in ('"', "'"):
            yield from self.string('', start)
            return
        if c.isdigit() or (c == '.' and line[start + 1:start + 2].isdigit()):
            m = _NUMBER.match(line, start)
            end = m.end() if m else start + 1
            while end < len(line) and line[end].isdigit():
                end += 1
            self.col = end
            yield TokenInfo(NUMBER, line[start:end], (row + 1, start), (row + 1, end), line)
            return
        fs = self.fstrings[-1] if self.fstrings else None
        if fs is not None and fs.depth == 0:
            if c == '}':
                self.col += 1
                yield TokenInfo(OP, '}', (row + 1, start), (row + 1, start + 1), line)
                fs.close_field()
                return
            if c == ':':
                self.col += 1
                yield TokenInfo(OP, ':', (row + 1, start), (row + 1, start + 1), line)
                fs.mode = 'spec'
                return
            if c == '!' and line[start + 1:start + 2] != '=':
                self.col += 1
                yield TokenInfo(OP, '!', (row + 1, start), (row + 1, start + 1), line)
                return
        for op in _OPERATORS:
            if line.startswith(op, start):
                break
        else:
            op = c
        self.col = start + len(op)
        if op in '([{':
            self.brackets.append(op)
            if fs is not None:
                fs.depth += 1
        elif op in ')]}':
            if self.brackets:
                self.brackets.pop()
            if fs is not None and fs.depth:
                fs.depth -= 1
        yield TokenInfo(OP, op, (row + 1, start), (row + 1, self.col), line)

    def string(self, prefix, start):
        """A string literal (the scanner is at its opening quote)."""
        row = self.row
        line = self.text()
        q = line[self.col]
        quote = q * 3 if line.startswith(q * 3, self.col) else q
        raw = 'r' in prefix.lower()
        if 'f' in prefix.lower():
            self.col += len(quote)
            self.fstrings.append(_FString(quote, raw, row, start))
            yield TokenInfo(FSTRING_START, prefix + quote, (row + 1, start), (row + 1, self.col), line)
            return
        self.col += len(quote)
        while True:
            line = self.text()
            if self.row >= len(self.lines):
                self.error('EOF in multi-line string', row, start + 1)
            c = line[self.col] if self.col < len(line) else ''
            if c == '':
                if len(quote) == 1:
                    self.error('unterminated string literal (detected at line %d)' % (row + 1), row, start + 1)
                self.row += 1
                self.col = 0
                continue
            if c == '\\':
                if line[self.col + 1:self.col + 2] in ('\n', '\r', ''):
                    self.row += 1  # an escaped line end
                    self.col = 0
                else:
                    self.col += 2
                continue
            if c in '\r\n' and len(quote) == 1:
                self.error('unterminated string literal (detected at line %d)' % (row + 1), row, start + 1)
            if line.startswith(quote, self.col):
                self.col += len(quote)
                break
            self.col += 1
        text = ''.join(self.lines[row:self.row + 1])
        body = self._between(row, start, self.row, self.col)
        yield TokenInfo(STRING, body, (row + 1, start), (self.row + 1, self.col), text)

    def _between(self, row, col, end_row, end_col):
        if row == end_row:
            return self.lines[row][col:end_col]
        return self.lines[row][col:] + ''.join(self.lines[row + 1:end_row]) + self.lines[end_row][:end_col]

    def fstring_text(self):
        """The literal text of the innermost f-string up to a field, the end of a format spec or
        the closing quote, as FSTRING_MIDDLE tokens ('{{' and '}}' end a token after one brace)."""
        fs = self.fstrings[-1]
        row, col = self.row, self.col
        parts = []
        while True:
            if self.row >= len(self.lines):
                if fs.mode == 'spec':
                    self.eof_in_statement()
                self.row -= 1
                self.unterminated(fs)
            line = self.text()
            c = line[self.col] if self.col < len(line) else ''
            if c == '':
                if len(fs.quote) == 1 and fs.mode == 'text':
                    self.unterminated(fs)
                self.row += 1
                self.col = 0
                continue
            if fs.mode == 'text' and line.startswith(fs.quote, self.col):
                if self.row != row or self.col != col:
                    yield TokenInfo(FSTRING_MIDDLE, ''.join(parts), (row + 1, col), (self.row + 1, self.col), self.span_lines(row))
                start = self.col
                self.col += len(fs.quote)
                self.fstrings.pop()
                yield TokenInfo(FSTRING_END, fs.quote, (self.row + 1, start), (self.row + 1, self.col), line)
                return
            if c in '\r\n' and len(fs.quote) == 1 and fs.mode == 'text':
                self.unterminated(fs)
            if c == '\\' and self.col + 1 < len(line) and line[self.col + 1] in '{}':
                parts.append(c)  # the brace after it still opens or closes a field
                self.col += 1
                continue
            if c == '\\' and not fs.raw and line.startswith('N{', self.col + 1) and '}' in line[self.col:]:
                end = line.index('}', self.col) + 1  # a named escape: its braces are not a field
                parts.append(line[self.col:end])
                self.col = end
                continue
            if c == '\\' and self.col + 1 < len(line):
                parts.append(line[self.col:self.col + 2])
                self.col += 2
                continue
            if c in '{}':
                doubled = fs.mode == 'text' and line[self.col + 1:self.col + 2] == c
                if doubled:
                    parts.append(c)
                    self.col += 1
                    yield TokenInfo(FSTRING_MIDDLE, ''.join(parts), (row + 1, col), (self.row + 1, self.col), self.span_lines(row))
                    self.col += 1
                    row, col = self.row, self.col
                    parts = []
                    continue
                if self.row != row or self.col != col or (fs.mode == 'spec' and c == '}'):
                    yield TokenInfo(FSTRING_MIDDLE, ''.join(parts), (row + 1, col), (self.row + 1, self.col), self.span_lines(row))
                start = self.col
                self.col += 1
                if c == '{':
                    if fs.mode == 'spec':
                        fs.spec_depth += 1
                    fs.mode = 'field'
                    fs.depth = 0
                    yield TokenInfo(OP, '{', (self.row + 1, start), (self.row + 1, self.col), line)
                else:
                    if fs.mode == 'text':
                        self.error("f-string: single '}' is not allowed", self.row, start)
                    yield TokenInfo(OP, '}', (self.row + 1, start), (self.row + 1, self.col), line)
                    fs.close_field()
                return
            parts.append(c)
            self.col += 1


def _width(ws):
    """Indentation width with tabs to multiples of 8 (for comparing indentation levels)."""
    col = 0
    for c in ws:
        col = (col // 8 + 1) * 8 if c == '\t' else col + 1
    return col


def _read_lines(readline):
    lines = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        lines.append(line)
    return lines


def _generate(lines):
    return _Scanner(lines).run()


_LINE = _re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z')


def _split(text):
    """Source lines as the tokenizer counts them (\\n, \\r\\n and \\r end a line)."""
    return _LINE.findall(text)


def generate_tokens(readline):
    """Tokens of the source read as str lines with readline (no ENCODING token)."""
    lines = _read_lines(readline)
    for line in lines:
        if not isinstance(line, str):
            raise TypeError(f'readline() returned a non-string object')
    return _generate(lines)


def tokenize(readline):
    """Tokens of the source read as bytes lines with readline: ENCODING first, then the tokens of
    the decoded text."""
    encoding, consumed = detect_encoding(readline)
    rest = _read_lines(readline)
    raw = b''.join(consumed + rest)
    text = raw.decode(encoding)
    lines = _split(text)
    yield TokenInfo(ENCODING, 'utf-8' if encoding == 'utf-8-sig' else encoding, (0, 0), (0, 0), '')
    yield from _generate(lines)


def _generate_tokens_from_c_tokenizer(source, encoding=None, extra_tokens=False):
    return _generate(_split(source))


# ------------------------------------------------------------------ untokenize

def untokenize(iterable):
    """Source text from tokens: with full 5-tuples the positions are kept (spaces fill the gaps),
    with (type, string) pairs the text is rebuilt with minimal spacing."""
    out = []
    row, col = 1, 0
    indents = []
    encoding = None
    it = iter(iterable)
    startline = True
    prev = None
    for tok in it:
        if len(tok) == 2:
            return _untokenize_pairs(out, encoding, [tok] + list(it), indents, startline)
        kind, string, start, end, line = tok[:5]
        if kind == ENCODING:
            encoding = string
            continue
        if kind == ENDMARKER:
            break
        if kind == INDENT:
            indents.append(string)
            continue
        if kind == DEDENT:
            if indents:
                indents.pop()
            row, col = end
            continue
        if kind in (NEWLINE, NL):
            startline = True
        elif startline and indents:
            if start[1] >= len(indents[-1]):
                out.append(indents[-1])
                col = len(indents[-1])
            startline = False
        elif kind == FSTRING_MIDDLE:
            pass
        srow, scol = start
        if srow < row or (srow == row and scol < col):
            raise ValueError(f'start ({srow},{scol}) precedes previous end ({row},{col})')
        if srow > row:
            out.append('\\\n' * (srow - row))
            col = 0
            row = srow
        if scol > col:
            out.append(' ' * (scol - col))
        if kind == FSTRING_MIDDLE:
            string = string.replace('{', '{{').replace('}', '}}')
        out.append(string)
        row, col = end
        if kind in (NEWLINE, NL):
            row += 1
            col = 0
        prev = kind
    text = ''.join(out)
    return text.encode(encoding) if encoding is not None else text


def _untokenize_pairs(out, encoding, tokens, indents, startline):
    prev = None
    spaced = (NAME, NUMBER)
    for tok in tokens:
        kind, string = tok[:2]
        if kind == ENCODING:
            encoding = string
            continue
        if kind in spaced:
            string += ' '
        if kind == STRING and prev == STRING:
            string = ' ' + string
        if kind == INDENT:
            indents.append(string)
            prev = kind
            continue
        if kind == DEDENT:
            if indents:
                indents.pop()
            prev = kind
            continue
        if kind in (NEWLINE, NL):
            startline = True
        elif startline and indents:
            out.append(indents[-1])
            startline = False
        out.append(string)
        prev = kind
    text = ''.join(out)
    return text.encode(encoding) if encoding is not None else text


def _main(args=None):
    import argparse
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py', help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true', help='display token names using the exact type')
    opts = parser.parse_args(args)
    try:
        if opts.filename:
            filename = opts.filename
            with __import__('builtins').open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = '<stdin>'
            tokens = list(generate_tokens(_sys.stdin.readline))
        for tok in tokens:
            kind = tok.exact_type if opts.exact else tok.type
            where = '%d,%d-%d,%d:' % (tok.start + tok.end)
            print('%-20s%-15s%-15r' % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        print(f'{filename}:{line}:{column}: error: {err.args[0]}', file=_sys.stderr)
        raise SystemExit(1)
    except TokenError as err:
        line, column = err.args[1]
        print(f'{filename}:{line}:{column}: error: {err.args[0]}', file=_sys.stderr)
        raise SystemExit(1)


if __name__ == '__main__':
    _main()
