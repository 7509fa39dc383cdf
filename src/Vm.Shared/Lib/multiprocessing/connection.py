"""Connections: message channels between processes over a Unix socketpair (the fds are
inherited by the child being spawned). A message is a 4-byte big-endian length (or -1 and an
8-byte length) followed by the bytes; send()/recv() pickle whole objects."""

import struct
import time

import _multiprocessing as _mp

from . import reduction

__all__ = ['Connection', 'Pipe', 'wait']

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

    def _close(self):
        _mp.close(self._handle)

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


def rebuild_connection(fd, readable, writable):
    return Connection(reduction.resolve_fd(fd), readable, writable)


def reduce_connection(conn):
    return rebuild_connection, (reduction.duplicate_for_child(conn.fileno()), conn.readable, conn.writable)


reduction.register(Connection, reduce_connection)
