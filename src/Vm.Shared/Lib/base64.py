"""Base16, Base32, Base64 and Base85 encodings (RFC 4648), over the native binascii module."""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode',
    'b16encode', 'b16decode', 'b85encode', 'b85decode',
    'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _input_bytes(s):
    """What the decoders accept: an ASCII str or any bytes-like object."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _swap(data, frm, to):
    return data.translate(bytes.maketrans(frm, to))


# -- Base64 ------------------------------------------------------------------

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _input_bytes(s)
    if altchars is not None:
        altchars = _input_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_input_bytes(s), b'-_', b'+/'))


# -- Base32 ------------------------------------------------------------------

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Output characters for n input bytes of the last 5-byte group (the rest is padding).
_B32_CHARS_FOR = {0: 0, 1: 2, 2: 4, 3: 5, 4: 7}


def _b32_encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    out = bytearray()
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        n = len(chunk)
        value = int.from_bytes(chunk + bytes(5 - n), 'big')
        group = bytes(alphabet[(value >> shift) & 31] for shift in range(35, -1, -5))
        keep = _B32_CHARS_FOR[n] if n < 5 else 8
        out += group[:keep] + b'=' * (8 - keep)
    return bytes(out)


def _b32_decode(alphabet, s, casefold=False, map01=None):
    s = _input_bytes(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _input_bytes(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padding = len(s) - len(stripped)
    lookup = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(stripped), 8):
        value = 0
        for c in stripped[start:start + 8]:
            digit = lookup.get(c)
            if digit is None:
                raise binascii.Error('Non-base32 digit found')
            value = value << 5 | digit
        value <<= 5 * (8 - len(stripped[start:start + 8]))
        out += value.to_bytes(5, 'big')
    if padding:
        keep = {1: 4, 3: 3, 4: 2, 6: 1}.get(padding)
        if keep is None:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32_encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32_decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32_encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32_decode(_B32HEX, s, casefold)


# -- Base16 ------------------------------------------------------------------

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _input_bytes(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# -- Base85 ------------------------------------------------------------------

_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def b85encode(b, pad=False):
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    extra = -len(b) % 4
    data = bytes(b) + bytes(extra)
    out = bytearray()
    for start in range(0, len(data), 4):
        value = int.from_bytes(data[start:start + 4], 'big')
        group = bytearray(5)
        for k in range(4, -1, -1):
            value, group[k] = divmod(value, 85)
        out += bytes(_B85[i] for i in group)
    if extra and not pad:
        del out[len(out) - extra:]
    return bytes(out)


def b85decode(b):
    b = _input_bytes(b)
    extra = -len(b) % 5
    data = b + b'~' * extra
    lookup = {c: i for i, c in enumerate(_B85)}
    out = bytearray()
    for start in range(0, len(data), 5):
        value = 0
        for k, c in enumerate(data[start:start + 5]):
            digit = lookup.get(c)
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (start + k))
            value = value * 85 + digit
        if value > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += value.to_bytes(4, 'big')
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


# -- MIME-style (line-wrapped) Base64 and the file interface --------------------

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_bytes_like(s):
    try:
        m = memoryview(s)
    except TypeError:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from None
    if m.ndim != 1:
        raise TypeError("expected 1-D bytes-like object, not %d-D" % m.ndim)


def encodebytes(s):
    _check_bytes_like(s)
    s = bytes(s)
    pieces = [binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)]
    return b''.join(pieces)


def decodebytes(s):
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
