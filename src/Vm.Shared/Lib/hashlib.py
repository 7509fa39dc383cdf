"""Secure hashes and message digests, over the native _hashlib module.

The algorithms are the runtime's (MD5, SHA-1, SHA-2, SHA-3 and SHAKE where the platform's crypto
library has them); BLAKE2 and SHA3-224 are not available here.
"""

import _hashlib

algorithms_available = frozenset(_hashlib._names)
algorithms_guaranteed = algorithms_available

__all__ = ('new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest') \
    + tuple(sorted(algorithms_available))


def new(name, data=b'', *, usedforsecurity=True, string=None):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    if string is not None:
        if data != b'':
            raise TypeError("'data' and 'string' are mutually exclusive and support for 'string' "
                            "keyword parameter is slated for removal in a future version.")
        data = string
    try:
        return _hashlib.new(name, data)
    except _hashlib.UnsupportedDigestmodError:
        raise ValueError('unsupported hash type ' + name) from None


def _constructor(name):
    def construct(data=b'', *, usedforsecurity=True, string=None):
        return new(name, data, usedforsecurity=usedforsecurity, string=string)
    construct.__name__ = 'openssl_' + name
    construct.__qualname__ = construct.__name__
    return construct


for _name in algorithms_available:
    globals()[_name] = _constructor(_name)
del _name


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."""
    try:
        return _hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)
    except _hashlib.UnsupportedDigestmodError:
        raise ValueError('unsupported hash type ' + hash_name) from None


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for reading in binary mode."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size is None:
            raise BlockingIOError('I/O operation would block.')
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj
