"""HMAC (keyed-hashing for message authentication), RFC 2104, over hashlib."""

import hashlib as _hashlib
from _operator import _compare_digest as compare_digest

__all__ = ('new', 'compare_digest', 'digest', 'HMAC', 'trans_5C', 'trans_36', 'digest_size')

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hash function.
digest_size = None


def _digest_factory(digestmod):
    if not digestmod:
        raise TypeError("Missing required argument 'digestmod'.")
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class. Also complies with RFC 4231."""
    blocksize = 64

    __slots__ = ('_inner', '_outer', '_digest_size', '_block_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        factory = _digest_factory(digestmod)
        self._outer = factory()
        self._inner = factory()
        self._digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', 64)
        if block < 16:
            block = self.blocksize
        self._block_size = block
        if len(key) > block:
            key = factory(key).digest()
        key = bytes(key).ljust(block, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._block_size

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._digest_size = self._digest_size
        other._block_size = self._block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()
