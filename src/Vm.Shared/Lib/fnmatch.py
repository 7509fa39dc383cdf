"""Unix shell-style wildcard matching of file names (the documented fnmatch module).

Written from the documentation (docs.python.org/3.13/library/fnmatch.html). `*` matches any run
of characters, `?` one character, `[seq]` one character of seq (ranges such as a-z allowed), and
`[!seq]` one character not in seq. translate() gives the regular expression; programs compare
its text with CPython's, so the shapes below follow CPython 3.13's output: the pattern is wrapped
in `(?s:...)\\Z`, and with several stars every star but the last becomes an atomic lazy
`(?>.*?...)` around the text that follows it, which keeps matching linear.
"""

import functools
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = object()       # a run of `*` in the pattern


def fnmatch(name, pat):
    """True if name matches pat, after os.path.normcase() of both."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """True if name matches pat, case-sensitively."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The names (of an iterable) that match pat, compared as fnmatch() compares."""
    match = _matcher(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


@functools.lru_cache(maxsize=4096, typed=True)
def _matcher(pat):
    if isinstance(pat, bytes):
        # bytes patterns: translate their Latin-1 text, compile the result as bytes.
        return re.compile(translate(pat.decode('latin-1')).encode('latin-1')).match
    return re.compile(translate(pat)).match


def translate(pat):
    """The regular expression (as a string) that matches what the shell pattern pat matches."""
    pieces = _pieces(pat)
    if _STAR not in pieces:
        return '(?s:%s)\\Z' % ''.join(pieces)
    # Split at the stars: text before the first star, between stars, after the last one.
    runs = [[]]
    for piece in pieces:
        if piece is _STAR:
            runs.append([])
        else:
            runs[-1].append(piece)
    head, *middle, tail = [''.join(run) for run in runs]
    body = head + ''.join('(?>.*?%s)' % text for text in middle) + '.*' + tail
    return '(?s:%s)\\Z' % body


def _pieces(pat):
    """The pattern as regular-expression pieces; each run of stars is one _STAR."""
    pieces = []
    pos, end = 0, len(pat)
    while pos < end:
        ch = pat[pos]
        pos += 1
        if ch == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif ch == '?':
            pieces.append('.')
        elif ch == '[':
            close = _set_end(pat, pos)
            if close is None:
                pieces.append('\\[')        # no closing bracket: a literal '['
            else:
                pieces.append(_char_set(pat[pos:close]))
                pos = close + 1
        else:
            pieces.append(re.escape(ch))
    return pieces


def _set_end(pat, start):
    """Index of the ']' closing a set whose text starts at start, or None. A ']' right after
    the '[' (or after '[!') belongs to the set."""
    pos = start
    if pos < len(pat) and pat[pos] == '!':
        pos += 1
    if pos < len(pat) and pat[pos] == ']':
        pos += 1
    close = pat.find(']', pos)
    return None if close < 0 else close


def _set_escape(text):
    return text.replace('\\', '\\\\').replace('-', '\\-')


def _char_set(inside):
    """Regular expression for a [...] set whose text (without the brackets) is inside."""
    negated = inside.startswith('!')
    chars = inside[1:] if negated else inside
    # Read the set as single characters and ranges lo-hi; a '-' first or last is literal, and so
    # is one right after a range. Ranges running backwards match nothing and are dropped.
    parts = []
    pos = 0
    while pos < len(chars):
        if pos + 2 < len(chars) and chars[pos + 1] == '-':
            low, high = chars[pos], chars[pos + 2]
            if low <= high:
                parts.append(_set_escape(low) + '-' + _set_escape(high))
            pos += 3
        else:
            parts.append(_set_escape(chars[pos]))
            pos += 1
    text = ('!' if negated else '') + ''.join(parts)
    # Keep characters that a future set syntax may give meaning to literal.
    text = re.sub(r'([&~|])', r'\\\1', text)
    if not text:
        return '(?!)'                   # an empty set matches nothing
    if text == '!':
        return '.'                      # a negated empty set matches anything
    if text[0] == '!':
        return '[^%s]' % text[1:]
    if text[0] in '^[':
        return '[\\%s]' % text
    return '[%s]' % text
