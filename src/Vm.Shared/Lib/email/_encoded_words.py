"""RFC 2047 encoded words for header text that is not ASCII.

encode(text, charset) gives '=?charset?q?...?=' or '=?charset?b?...?=' the way compat32's
Charset.header_encode chooses: iso-8859 charsets use the Q encoding, us-ascii none at all,
and every other charset (utf-8 included) whichever of Q and B is shorter, Q on a tie.
"""

import base64

__all__ = ['encode', 'q_length', 'b_length', 'canonical_charset']

_Q_SAFE = frozenset(b'-!*+/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')

_ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1', 'latin1': 'iso-8859-1',
    'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2', 'ascii': 'us-ascii',
    'utf8': 'utf-8', 'utf_8': 'utf-8',
}


def canonical_charset(charset):
    name = str(charset).lower()
    return _ALIASES.get(name, name)


def q_length(data):
    """Length of the Q-encoded form of the bytes `data` (without the =?...?= wrapping)."""
    return sum(1 if (b in _Q_SAFE or b == 32) else 3 for b in data)


def b_length(data):
    """Length of the base64 form of the bytes `data`."""
    return (len(data) + 2) // 3 * 4


def _q(data):
    out = []
    for b in data:
        if b == 32:
            out.append('_')
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def encode(text, charset='utf-8'):
    charset = canonical_charset(charset)
    if charset == 'us-ascii':
        return text
    data = text.encode(charset)
    if charset.startswith('iso-8859-'):
        use_q = True
    else:
        use_q = q_length(data) <= b_length(data)
    if use_q:
        return '=?%s?q?%s?=' % (charset, _q(data))
    return '=?%s?b?%s?=' % (charset, base64.b64encode(data).decode('ascii'))
