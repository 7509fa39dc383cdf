"""A lexical analyser for shell-like syntax: split a command line into words, quote words for a shell."""

import re
import sys
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    """Splits text into shell-like tokens. In POSIX mode quotes are removed and backslashes escape;
    in compatibility mode (posix=False) quoted strings keep their quotes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        self._unread = []
        if punctuation_chars:
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _next_char(self):
        if self._unread:
            return self._unread.pop()
        c = self.instream.read(1)
        if c == '\n':
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _quoted(self, quote, token):
        """Reads up to the closing quote (already past the opening one)."""
        while True:
            c = self._next_char()
            if not c:
                raise ValueError("No closing quotation")
            if c == quote:
                return
            if self.posix and c in self.escape and quote in self.escapedquotes:
                following = self._next_char()
                if not following:
                    raise ValueError("No escaped character")
                # Inside double quotes a backslash only escapes the quote and itself.
                if following != quote and following not in self.escape:
                    token.append(c)
                token.append(following)
                continue
            token.append(c)

    def read_token(self):
        # Skip blanks and comments.
        while True:
            c = self._next_char()
            if not c:
                return self.eof
            if c in self.whitespace:
                continue
            if c in self.commenters:
                self._skip_comment()
                continue
            break
        punct = self._punctuation_chars
        if punct and c in punct:
            run = [c]
            while True:
                c = self._next_char()
                if c and c in punct:
                    run.append(c)
                    continue
                if c and c not in self.whitespace:
                    self._unread.append(c)
                return ''.join(run)
        if not self.posix and c in self.quotes:
            token = [c]
            self._quoted(c, token)
            token.append(c)
            return ''.join(token)
        token = []
        quoted = False
        while True:
            if self.posix and c in self.quotes:
                quoted = True
                self._quoted(c, token)
            elif self.posix and c in self.escape:
                following = self._next_char()
                if not following:
                    raise ValueError("No escaped character")
                token.append(following)
            elif (c in self.wordchars or (not self.posix and c in self.quotes)
                  or (self.whitespace_split and not (punct and c in punct))):
                token.append(c)
            elif not token and not quoted:
                return c  # a lone non-word character is a token of its own
            else:
                self._unread.append(c)
                break
            c = self._next_char()
            if not c or c in self.whitespace:
                break
            if c in self.commenters:
                self._skip_comment()
                break
            if punct and c in punct:
                self._unread.append(c)
                break
        result = ''.join(token)
        if self.posix and not quoted and result == '':
            return self.eof
        return result

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if not isinstance(s, str):
        raise TypeError(f"expected string or bytes-like object, got {type(s).__name__!r}")
    if _find_unsafe(s) is None:
        return s
    # Single quotes protect everything but a single quote: close, add "'", reopen.
    return "'" + s.replace("'", "'\"'\"'") + "'"
