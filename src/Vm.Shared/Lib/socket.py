"""Low-level networking interface (socket).

Written for the FreeThreaded VM from the documentation of CPython's socket module: the native
_socket module supplies the socket type, the constants and the resolver; this module adds the
documented Python-level layer: the socket class (a subclass of _socket.socket with a context
manager, accept returning socket objects, makefile, dup), the enums AddressFamily, SocketKind,
MsgFlag and AddressInfo, fromfd, socketpair, create_connection, create_server, getfqdn and the
getaddrinfo wrapper that returns enum members.
"""

import _socket
import enum
import io
import os
from _socket import *


def _make_enum(kind, name, prefix, exclude=()):
    # Members in value order; among equal values the alphabetically first name is the canonical one.
    pairs = sorted(((n, v) for n, v in vars(_socket).items()
                    if n.startswith(prefix) and n not in exclude and isinstance(v, int)),
                   key=lambda nv: (nv[1], nv[0]))
    members = kind(name, pairs, module=__name__)
    globals().update(members.__members__)
    return members


AddressFamily = _make_enum(enum.IntEnum, "AddressFamily", "AF_")
SocketKind = _make_enum(enum.IntEnum, "SocketKind", "SOCK_")
MsgFlag = _make_enum(enum.IntFlag, "MsgFlag", "MSG_")
AddressInfo = _make_enum(enum.IntFlag, "AddressInfo", "AI_")


def _to_enum(value, enum_class):
    """The enum member for value when there is one, else the plain int."""
    try:
        return enum_class(value)
    except ValueError:
        return value


# Marks "no timeout argument given" (create_connection then leaves the default timeout alone); other
# modules (http.client, urllib, smtplib) pass it through under this name.
_GLOBAL_DEFAULT_TIMEOUT = object()


class socket(_socket.socket):
    """A socket object: _socket.socket with a context manager, makefile() and socket results."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._open_files = 0
        self._close_requested = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if not self._close_requested:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_close_requested", False)
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__, " [closed]" if closed else "",
            self.fileno(), int(self.family), int(self.type), self.proto)
        if not closed:
            for label, query in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    address = query()
                except OSError:
                    continue
                if address:
                    text += ", %s=%s" % (label, address)
        return text + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    @property
    def family(self):
        """The socket's address family (an AddressFamily member when it has a name)."""
        return _to_enum(super().family, AddressFamily)

    @property
    def type(self):
        """The socket's kind (a SocketKind member when it has a name)."""
        return _to_enum(super().type, SocketKind)

    def dup(self):
        """A new socket object on a duplicate of this socket's file descriptor."""
        copy = self.__class__(self.family, self.type, self.proto, fileno=dup(self.fileno()))
        copy.settimeout(self.gettimeout())
        return copy

    def accept(self):
        """Waits for a connection: (socket, address) of the new connection."""
        fd, address = self._accept_fd()
        conn = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            conn.setblocking(True)
        return conn, address

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object over the socket; mode is 'r', 'w' or 'b' and their combinations."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        reading = "r" in mode
        writing = "w" in mode
        if not reading and not writing:
            reading = True
        binary = "b" in mode
        raw_mode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, raw_mode)
        self._open_files += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffered = _ReaderWriter(raw, buffering)
        elif reading:
            buffered = io.BufferedReader(raw, buffering)
        else:
            buffered = io.BufferedWriter(raw, buffering)
        if binary:
            return buffered
        text = io.TextIOWrapper(buffered, encoding, errors, newline)
        text.mode = mode
        return text

    def _file_closed(self):
        self._open_files -= 1
        if self._close_requested and self._open_files <= 0:
            _socket.socket.close(self)

    def close(self):
        """Closes the socket once no file made by makefile() is still open."""
        self._close_requested = True
        if self._open_files <= 0:
            _socket.socket.close(self)

    def detach(self):
        """Gives up the file descriptor (returned) without closing it."""
        self._close_requested = True
        return _socket.socket.detach(self)

    def sendfile(self, file, offset=0, count=None):
        """Sends a file opened in binary mode until EOF (or count bytes); the number of bytes sent."""
        if "b" not in getattr(file, "mode", "b"):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if offset:
            file.seek(offset)
        total = 0
        while count is None or total < count:
            size = 8192 if count is None else min(8192, count - total)
            chunk = file.read(size)
            if not chunk:
                break
            self.sendall(chunk)
            total += len(chunk)
        if total > 0 and hasattr(file, "seek"):
            file.seek(offset + total)
        return total


SocketType = _socket.socket


class SocketIO(io.RawIOBase):
    """A raw I/O stream over a socket (what makefile() buffers)."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._owner = sock
        if "b" not in mode:
            mode += "b"
        self._raw_mode = mode
        self._can_read = "r" in mode
        self._can_write = "w" in mode
        self._timed_out = False

    def readinto(self, b):
        """Receives into b; the count (0 at end of stream), or None when a non-blocking socket has no data."""
        self._check_open()
        if not self._can_read:
            raise io.UnsupportedOperation("not readable")
        if self._timed_out:
            raise OSError("cannot read from timed out object")
        try:
            return self._owner.recv_into(b)
        except TimeoutError:
            # What was buffered before the timeout is lost: later reads are refused.
            self._timed_out = True
            raise
        except BlockingIOError:
            return None

    def write(self, b):
        """Sends b; the count sent, or None when a non-blocking socket cannot take data now."""
        self._check_open()
        if not self._can_write:
            raise io.UnsupportedOperation("not writable")
        try:
            return self._owner.send(b)
        except BlockingIOError:
            return None

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")

    def readable(self):
        self._check_open()
        return self._can_read

    def writable(self):
        self._check_open()
        return self._can_write

    def seekable(self):
        self._check_open()
        return False

    def fileno(self):
        self._check_open()
        return self._owner.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._raw_mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._owner._file_closed()
        self._owner = None


class _ReaderWriter(io.BufferedIOBase):
    """A buffered reader and a buffered writer over one raw stream (makefile('rw'))."""

    def __init__(self, raw, buffer_size):
        self.raw = raw
        self._reader = io.BufferedReader(raw, buffer_size)
        self._writer = io.BufferedWriter(raw, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def readinto(self, b):
        return self._reader.readinto(b)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def peek(self, size=0):
        return self._reader.peek(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        self._writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True

    def fileno(self):
        return self.raw.fileno()

    @property
    def closed(self):
        return self.raw.closed

    def close(self):
        if self.raw.closed:
            return
        try:
            self._writer.flush()
        finally:
            self.raw.close()


def fromfd(fd, family, type, proto=0):
    """A socket object on a duplicate of fd."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    """A pair of connected socket objects."""
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a.detach()), socket(family, type, proto, b.detach())


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolves host and port into a list of (family, type, proto, canonname, sockaddr)."""
    return [(_to_enum(af, AddressFamily), _to_enum(kind, SocketKind), pr, canon, sa)
            for af, kind, pr, canon, sa in _socket.getaddrinfo(host, port, family, type, proto, flags)]


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects to (host, port), trying each address getaddrinfo gives; the connected socket."""
    host, port = address
    failures = []
    for af, kind, pr, _canon, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, kind, pr)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            failures.clear()
            return sock
        except OSError as exc:
            failures.append(exc)
            if sock is not None:
                sock.close()
    if not failures:
        raise error("getaddrinfo returns an empty list")
    try:
        if all_errors:
            raise ExceptionGroup("create_connection failed", failures)
        raise failures[-1]
    finally:
        failures = None


def has_dualstack_ipv6():
    """True if a TCP socket can accept both IPv4 and IPv6 connections."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        if os.name == "posix":
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as exc:
            raise OSError(exc.errno, "%s (while attempting to bind on address %r)" % (exc.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def getfqdn(name=""):
    """A fully qualified domain name for name (the local host when empty)."""
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        hostname, aliases, _addresses = gethostbyaddr(name)
    except OSError:
        return name
    for candidate in [hostname] + aliases:
        if "." in candidate:
            return candidate
    return name


__all__ = [name for name in globals() if not name.startswith("_") and name not in ("enum", "io", "os")]
