"""HTML utilities: escape() text for HTML, unescape() character references as HTML5 parsers do."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > with HTML-safe sequences; with quote (the default) also " and '."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references the HTML5 spec replaces (the C1 range is read as windows-1252).
_NUMERIC_REPLACEMENTS = {
    0x00: '\ufffd', 0x0d: '\r',
    0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026',
    0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039',
    0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
    0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}


def _dropped(cp):
    # Controls other than whitespace, and the Unicode noncharacters, are left out of the text.
    if 0x01 <= cp <= 0x08 or cp == 0x0b or 0x0e <= cp <= 0x1f or 0x7f <= cp <= 0x9f:
        return True
    return 0xfdd0 <= cp <= 0xfdef or (cp & 0xfffe) == 0xfffe


def _replace(match):
    ref = match.group(1)
    if ref[0] == '#':
        if ref[1] in 'xX':
            cp = int(ref[2:].rstrip(';'), 16)
        else:
            cp = int(ref[1:].rstrip(';'))
        if cp in _NUMERIC_REPLACEMENTS:
            return _NUMERIC_REPLACEMENTS[cp]
        if 0xd800 <= cp <= 0xdfff or cp > 0x10ffff:
            return '\ufffd'
        if _dropped(cp):
            return ''
        return chr(cp)
    if ref in _html5:
        return _html5[ref]
    # The longest known name the text starts with (the names HTML5 accepts without a ';').
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Convert the named and numeric character references in s to the characters they stand for,
    following the HTML5 rules for valid and invalid references."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
