"""Quoted-printable body encoding (RFC 2045 section 6.7) for bytes.

decode: '=XX' is the byte 0xXX, '=' before a line end is a soft break (removed with the
line end); any other '=' stays as it is. encode: bytes outside printable ASCII, '=' and
whitespace before a line end become '=XX'; lines are cut with soft breaks at 76 characters.
"""

__all__ = ['decode', 'encode']

_HEX = b'0123456789ABCDEFabcdef'


def decode(data):
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x3D:                 # '='
            out.append(b)
            i += 1
            continue
        rest = data[i + 1:i + 3]
        if rest[:1] == b'\n':
            i += 2
        elif rest == b'\r\n':
            i += 3
        elif len(rest) == 2 and rest[0] in _HEX and rest[1] in _HEX:
            out.append(int(rest, 16))
            i += 3
        else:
            # Whitespace between '=' and the line end is padding of a soft break.
            j = i + 1
            while j < n and data[j] in b' \t':
                j += 1
            if j < n and data[j] in b'\r\n' or j == n and j > i + 1:
                i = j + (2 if data[j:j + 2] == b'\r\n' else 1)
            else:
                out.append(b)
                i += 1
    return bytes(out)


def _encode_line(line):
    pieces = []
    for k, b in enumerate(line):
        last = k == len(line) - 1
        if (33 <= b <= 126 and b != 0x3D) or (b in b' \t' and not last):
            pieces.append(chr(b))
        else:
            pieces.append('=%02X' % b)
    out = []
    current = ''
    for piece in pieces:
        if len(current) + len(piece) > 75:
            out.append(current + '=')
            current = ''
        current += piece
    out.append(current)
    return '\n'.join(out)


def encode(data):
    """The quoted-printable text of the bytes `data`, with '\\n' line ends."""
    lines = data.split(b'\n')
    return '\n'.join(_encode_line(line.rstrip(b'\r')) for line in lines)
