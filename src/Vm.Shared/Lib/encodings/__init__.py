"""Standard "encodings" Package: the codec search function over the runtime's built-in codecs.

CPython imports this package at start-up; here CodecRegistryError is created at start-up by the
runtime (it is one of LookupError's subclasses from the first instruction on) and the rest is
loaded on import.
"""

import codecs
from _codecs import CodecRegistryError

_cache = {}
_unknown = '--unknown--'


def normalize_encoding(encoding):
    """Normalize an encoding name: runs of non-alphanumeric characters except the dot become
    one underscore, leading and trailing ones are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    return codecs._normalize_encoding(encoding, False)


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    try:
        entry = codecs.lookup(encoding)
    except LookupError:
        entry = None
    _cache[encoding] = entry
    return entry
