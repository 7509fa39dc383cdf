"""RFC 4122 universally unique identifiers.

pyvm's uuid, written from the Python 3.13 documentation. A UUID object is a 128-bit integer with
views: six fields, hex text, big- and little-endian bytes, the variant and the version. Makers:
uuid1 (clock and node), uuid3/uuid5 (MD5/SHA-1 of a namespace and a name), uuid4 (random).
getnode() does not look up a hardware address; it draws one random 48-bit value per process with
the multicast bit set, as the documentation prescribes when no address can be found."""

import os
from enum import Enum

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# UUID's constructor takes keywords named like these builtins.
int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# (name, width in bits) of the six documented fields, most significant first.
_FIELD_LAYOUT = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
                ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))

_VARIANT_SHIFT = 64 - 16   # the clock_seq_hi_variant byte starts 48 bits above bit 0
_VERSION_SHIFT = 128 - 48 - 4


def _swap_le(raw):
    """bytes <-> bytes_le: the first three fields change byte order, the last eight bytes stay."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _from_hex_text(text):
    for noise in ('urn:', 'uuid:'):
        text = text.replace(noise, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(digits, 16)


def _from_field_tuple(values):
    if len(values) != 6:
        raise ValueError('fields is not a 6-tuple')
    total = 0
    for position, (value, (_, width)) in enumerate(zip(values, _FIELD_LAYOUT)):
        if value < 0 or value >> width:
            article = 'an' if width == 8 else 'a'
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (position + 1, article, width))
        total = total << width | value
    return total


def _stamp_version(number, version):
    if version < 1 or version > 5:
        raise ValueError('illegal version number')
    number &= ~((0xc000 << _VARIANT_SHIFT) | (0xf << _VERSION_SHIFT))
    return number | (0x8000 << _VARIANT_SHIFT) | (version << _VERSION_SHIFT)


def _field_property(index):
    low = sum(width for _, width in _FIELD_LAYOUT[index + 1:])
    mask = (1 << _FIELD_LAYOUT[index][1]) - 1
    return property(lambda self: self.int >> low & mask)


def _comparison(test):
    def compare(self, other):
        if type(other) is UUID or isinstance(other, UUID):
            return test(self.int, other.int)
        return NotImplemented
    return compare


class UUID:
    """UUID(hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
    is_safe=SafeUUID.unknown): give exactly one source of the 128 bits; a version (1-5) sets the
    RFC 4122 variant and version bits."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [source is not None for source in (hex, bytes, bytes_le, fields, int)]
        if given.count(True) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            number = _from_hex_text(hex)
        elif bytes_le is not None or bytes is not None:
            if bytes_le is not None:
                if len(bytes_le) != 16:
                    raise ValueError('bytes_le is not a 16-char string')
                bytes = _swap_le(bytes_le)
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            if not isinstance(bytes, bytes_):
                raise AssertionError(repr(bytes))   # what the documented type check raises
            number = int_.from_bytes(bytes, 'big')
        elif fields is not None:
            number = _from_field_tuple(fields)
        else:
            number = int
        if number < 0 or number >> 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            number = _stamp_version(number, version)
        object.__setattr__(self, 'int', number)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # Pickles carry the integer, plus is_safe's value when it is known.
    def __getstate__(self):
        if self.is_safe == SafeUUID.unknown:
            return {'int': self.int}
        return {'int': self.int, 'is_safe': self.is_safe.value}

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state.get('is_safe', None)))

    __eq__ = _comparison(lambda a, b: a == b)
    __lt__ = _comparison(lambda a, b: a < b)
    __le__ = _comparison(lambda a, b: a <= b)
    __gt__ = _comparison(lambda a, b: a > b)
    __ge__ = _comparison(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    @property
    def hex(self):
        return format(self.int, '032x')

    def __str__(self):
        text = self.hex
        cuts = (0, 8, 12, 16, 20, 32)
        return '-'.join(text[a:b] for a, b in zip(cuts, cuts[1:]))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    @property
    def urn(self):
        return 'urn:uuid:%s' % self

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _ in _FIELD_LAYOUT)

    time_low = _field_property(0)
    time_mid = _field_property(1)
    time_hi_version = _field_property(2)
    clock_seq_hi_variant = _field_property(3)
    clock_seq_low = _field_property(4)
    node = _field_property(5)

    @property
    def time(self):
        """The 60-bit timestamp: time_hi (version nibble dropped), then time_mid, then time_low."""
        n = self.int
        return (n >> 64 & 0x0fff) << 48 | (n >> 80 & 0xffff) << 32 | n >> 96

    @property
    def clock_seq(self):
        return (self.int >> 48) & 0x3fff

    @property
    def variant(self):
        top = self.int >> (_VARIANT_SHIFT + 13) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant != RFC_4122:
            return None
        return self.int >> _VERSION_SHIFT & 0xf


_process_node = []


def getnode():
    """The 48-bit node number of this host: a random number with the multicast bit set, drawn once
    per process."""
    if not _process_node:
        _process_node.append(int_.from_bytes(os.urandom(6), 'big') | 1 << 40)
    return _process_node[0]


# The UUID clock counts 100 ns intervals from 1582-10-15; this is the count at the Unix epoch.
_GREGORIAN_TO_UNIX = 122192928000000000
_previous_tick = [0]


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID from the current time, clock_seq (14 random bits by default) and node
    (getnode() by default); the time never repeats within the process."""
    import time
    tick = max(time.time_ns() // 100 + _GREGORIAN_TO_UNIX, _previous_tick[0] + 1)
    _previous_tick[0] = tick
    if clock_seq is None:
        clock_seq = int_.from_bytes(os.urandom(2), 'big')
    if node is None:
        node = getnode()
    clock_seq &= 0x3fff
    number = ((tick & 0xffffffff) << 96 | (tick >> 32 & 0xffff) << 80 | (tick >> 48 & 0x0fff) << 64
              | clock_seq << 48 | node)
    return UUID(int=number, version=1)


def _hashed(algorithm, version, namespace, name):
    if isinstance(name, str):
        name = name.encode('utf-8')
    import hashlib
    digest = getattr(hashlib, algorithm)(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A version 3 UUID: the MD5 of namespace (a UUID) and name (str or bytes)."""
    return _hashed('md5', 3, namespace, name)


def uuid4():
    """A version 4 UUID: 122 random bits."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID: the SHA-1 of namespace (a UUID) and name (str or bytes)."""
    return _hashed('sha1', 5, namespace, name)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
