"""Connections: message channels between processes over a Unix socketpair (the fds are
inherited by the child being spawned) or a socket of a Listener/Client pair. A message is a
4-byte big-endian length (or -1 and an 8-byte length) followed by the bytes; send()/recv()
pickle whole objects. Listener/Client authenticate both ways with an HMAC-SHA256 challenge
when given an authkey."""

import os
import struct
import time

import _multiprocessing as _mp

from . import reduction
from .context import AuthenticationError, BufferTooShort

__all__ = ['Client', 'Connection', 'Listener', 'Pipe', 'wait']

BUFSIZE = 8192


class Connection:
    _handle = None

    def __init__(self, handle, readable=True, writable=True):
        handle = handle.__index__()
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._handle is not None:
            self._close()

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def _close(self, _close=_mp.close):
        # Bound at definition: __del__ may run after this module's globals were released at exit.
        _close(self._handle)

    def close(self):
        if self._handle is not None:
            try:
                self._close()
            finally:
                self._handle = None

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = bytes(memoryview(buf))
        n = len(m)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send_bytes(m[offset:offset + size])

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self._send_bytes(reduction.ForkingPickler.dumps(obj))

    def _send_bytes(self, data):
        n = len(data)
        if n > 0x7fffffff:
            header = struct.pack("!i", -1) + struct.pack("!Q", n)
        else:
            header = struct.pack("!i", n)
        _mp.write_all(self._handle, header + data)

    def _recv_bytes(self, maxsize=None):
        header = _mp.read(self._handle, 4)
        if len(header) < 4:
            raise EOFError
        size, = struct.unpack("!i", header)
        if size == -1:
            size, = struct.unpack("!Q", _mp.read(self._handle, 8))
        if maxsize is not None and size > maxsize:
            return None
        data = _mp.read(self._handle, size)
        if len(data) < size:
            raise EOFError
        return data

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self._bad_message_length()
        return buf

    def recv_bytes_into(self, buf, offset=0):
        self._check_closed()
        self._check_readable()
        data = self._recv_bytes()
        m = memoryview(buf)
        if offset < 0 or offset > len(m):
            raise ValueError("offset out of bounds")
        if len(data) > len(m) - offset:
            from .context import BufferTooShort
            raise BufferTooShort(data)
        buf[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        self._check_closed()
        self._check_readable()
        return reduction.ForkingPickler.loads(self._recv_bytes())

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return _mp.poll(self._handle, timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __repr__(self):
        return '<%s handle=%r>' % (type(self).__name__, self._handle)


def Pipe(duplex=True):
    """A pair of connected Connection objects (duplex, or (reader, writer) if not)."""
    a, b = _mp.socketpair()
    if duplex:
        return Connection(a), Connection(b)
    return Connection(a, writable=False), Connection(b, readable=False)


def wait(object_list, timeout=None):
    """The objects of object_list (connections, or objects with fileno()) ready to read."""
    deadline = None if timeout is None else time.monotonic() + timeout
    delay = 0.0005
    while True:
        ready = []
        for o in object_list:
            fd = o if isinstance(o, int) else o.fileno()
            if _mp.poll(fd, 0):
                ready.append(o)
        if ready:
            return ready
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            delay = min(delay, left)
        if len(object_list) == 1:
            o = object_list[0]
            fd = o if isinstance(o, int) else o.fileno()
            _mp.poll(fd, None if deadline is None else max(0.0, deadline - time.monotonic()))
            continue
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


# -- Listener and Client ----------------------------------------------------------------------

default_family = 'AF_UNIX'
families = ['AF_INET', 'AF_UNIX']
CHALLENGE = b'#CHALLENGE#'
WELCOME = b'#WELCOME#'
FAILURE = b'#FAILURE#'
_DIGEST = b'{sha256}'
_MESSAGE_LENGTH = 40


def address_type(address):
    """'AF_INET' for a (host, port) tuple, 'AF_UNIX' for a path."""
    if type(address) == tuple:
        return 'AF_INET'
    elif type(address) is str and address.startswith('\\\\'):
        return 'AF_PIPE'
    elif type(address) is str or isinstance(address, os.PathLike):
        return 'AF_UNIX'
    else:
        raise ValueError('address type of %r unrecognized' % address)


def _validate_family(family):
    if family not in families:
        raise ValueError('Family %s is not recognized.' % family)


def arbitrary_address(family):
    if family == 'AF_INET':
        return ('localhost', 0)
    elif family == 'AF_UNIX':
        from . import util
        return os.path.join(os.environ.get('TMPDIR', '/tmp'), util.unique_name('listener'))
    else:
        raise ValueError('unrecognized family')


class Listener:
    """A listening socket whose accept() returns Connection objects."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        family = family or (address and address_type(address)) or default_family
        address = address or arbitrary_address(family)
        _validate_family(family)
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        self._family = family
        if family == 'AF_INET':
            self._fd, self._address = _mp.listen_inet(address[0], address[1], backlog)
        else:
            self._address = os.fspath(address)
            self._fd = _mp.listen(self._address)
        self._authkey = authkey
        self._last_accepted = None

    def accept(self):
        if self._fd is None:
            raise OSError('listener is closed')
        fd, self._last_accepted = _mp.accept_peer(self._fd)
        c = Connection(fd)
        if self._authkey is not None:
            deliver_challenge(c, self._authkey)
            answer_challenge(c, self._authkey)
        return c

    def close(self):
        fd, self._fd = self._fd, None
        if fd is not None:
            _mp.close(fd)
            if self._family == 'AF_UNIX':
                try:
                    os.unlink(self._address)
                except OSError:
                    pass

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    """A Connection to the Listener at address."""
    family = family or address_type(address)
    _validate_family(family)
    if family == 'AF_INET':
        c = Connection(_mp.connect_inet(address[0], address[1]))
    else:
        c = Connection(_mp.connect(os.fspath(address)))
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError('authkey should be a byte string')
    if authkey is not None:
        answer_challenge(c, authkey)
        deliver_challenge(c, authkey)
    return c


def _same_digest(a, b):
    # Compared in time independent of where they differ (hmac.compare_digest).
    if len(a) != len(b):
        return False
    diff = 0
    for x, y in zip(a, b):
        diff |= x ^ y
    return diff == 0


def deliver_challenge(connection, authkey):
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    from .context import AuthenticationError
    message = _DIGEST + os.urandom(_MESSAGE_LENGTH)
    connection.send_bytes(CHALLENGE + message)
    response = connection.recv_bytes(256)
    if _same_digest(response, _DIGEST + _mp.hmac_sha256(authkey, message)):
        connection.send_bytes(WELCOME)
    else:
        connection.send_bytes(FAILURE)
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    from .context import AuthenticationError
    message = connection.recv_bytes(256)
    if not message.startswith(CHALLENGE):
        raise AuthenticationError('Protocol error, expected challenge: message=%r' % message)
    message = message[len(CHALLENGE):]
    if not message.startswith(_DIGEST):
        raise AuthenticationError('unsupported digest in challenge: %r' % message[:16])
    connection.send_bytes(_DIGEST + _mp.hmac_sha256(authkey, message))
    response = connection.recv_bytes(256)
    if response != WELCOME:
        raise AuthenticationError('digest sent was rejected')


def rebuild_connection(fd, readable, writable):
    return Connection(reduction.resolve_fd(fd), readable, writable)


def reduce_connection(conn):
    return rebuild_connection, (reduction.duplicate_for_child(conn.fileno()), conn.readable, conn.writable)


reduction.register(Connection, reduce_connection)
