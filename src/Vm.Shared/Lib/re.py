"""Support for regular expressions (FreeThreaded VM implementation).

The matching engine is the native _re module (Python regex syntax translated to .NET Regex);
this module provides the flags, the module-level functions, PatternError and escape().
"""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
           "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag", "PatternError"]

__version__ = "2.2.1"

import enum as _enum


class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    _numeric_repr_ = hex

    def __repr__(self):
        if self._name_ is None:
            return 're.RegexFlag(%s)' % hex(self._value_)
        return '|'.join('re.' + name for name in self._name_.split('|'))

    __str__ = __repr__

    def __format__(self, format_spec):
        return str.__format__(repr(self), format_spec)


RegexFlag.__module__ = 're'
globals().update(RegexFlag.__members__)


class PatternError(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError.__module__ = 're'
error = PatternError
_re.set_error(PatternError)

Pattern = _re.Pattern
Match = _re.Match


def _flags(flags):
    if isinstance(flags, int):
        return int(flags)
    raise TypeError("flags must be an int")


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _re.compile(pattern, _flags(flags))


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None."""
    return _re.compile(pattern, _flags(flags)).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None."""
    return _re.compile(pattern, _flags(flags)).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None."""
    return _re.compile(pattern, _flags(flags)).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern."""
    return _re.compile(pattern, _flags(flags)).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number_of_substitutions_made)."""
    return _re.compile(pattern, _flags(flags)).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list."""
    return _re.compile(pattern, _flags(flags)).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _re.compile(pattern, _flags(flags)).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _re.compile(pattern, _flags(flags)).finditer(string)


def purge():
    """Clear the regular expression caches."""
    _re.purge()


def template(pattern, flags=0):
    return _re.compile(pattern, _flags(flags) | TEMPLATE)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
