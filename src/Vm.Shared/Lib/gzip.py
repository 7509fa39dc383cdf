"""Reading and writing gzip files (RFC 1952).

Written for the FreeThreaded VM from the documented interface of CPython's gzip module: open(),
GzipFile, compress(), decompress() and BadGzipFile. The deflate data goes through the zlib module
(raw streams, wbits=-15); this module reads and writes the member headers and trailers around it.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 'rb', 'wb'

# Header flag bits (RFC 1952, section 2.3.1).
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_MAGIC = b'\x1f\x8b'
_DEFLATE = 8
_OS_UNKNOWN = 255
_CHUNK = 64 * 1024


class BadGzipFile(OSError):
    """Raised for data that is not a valid gzip file."""


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt', 'wt', 'at', 'xt') mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for what, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % what)
    binary_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if 't' in mode:
        return io.TextIOWrapper(binary, encoding=encoding, errors=errors, newline=newline)
    return binary


def _header_bytes(name, level, mtime):
    """A member header: magic, method, flags, mtime, extra flags (compression effort), OS, name."""
    flags = FNAME if name else 0
    effort = 2 if level == 9 else 4 if level == 1 else 0
    head = _MAGIC + struct.pack('<BBIBB', _DEFLATE, flags, int(mtime) & 0xffffffff, effort, _OS_UNKNOWN)
    if name:
        head += name + b'\0'
    return head


class _HeaderReader:
    """Reads one member header from a byte source that may run dry (returns None at a clean end)."""

    def __init__(self, take):
        self.take = take            # take(n) -> up to n bytes (fewer only at the end of the input)

    def exactly(self, n):
        data = self.take(n)
        if len(data) < n:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        return data

    def read_header(self):
        magic = self.take(2)
        if magic == b'':
            return None
        if magic != _MAGIC:
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flags, mtime = struct.unpack('<BBI', self.exactly(6))
        if method != _DEFLATE:
            raise BadGzipFile('Unknown compression method')
        self.exactly(2)             # extra flags and OS: informational only
        if flags & FEXTRA:
            extra_len, = struct.unpack('<H', self.exactly(2))
            self.exactly(extra_len)
        for flag in (FNAME, FCOMMENT):
            if flags & flag:
                while self.exactly(1) != b'\0':
                    pass
        if flags & FHCRC:
            self.exactly(2)
        return mtime


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing one gzip file (several members are read one after another)."""

    _owned_file = None

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self._owned_file = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        if mode.startswith('r'):
            self.mode = READ
            self._start_reading()
        elif mode[:1] in ('w', 'a', 'x'):
            if not 0 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError("Invalid compression level: %r" % (compresslevel,))
            self.mode = WRITE
            self._start_writing(compresslevel, mtime)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

    # ------------------------------------------------------------------ state

    def _start_reading(self):
        self._mtime = None
        self._spare = b''           # compressed bytes read from fileobj but not yet given to zlib
        self._out = b''             # decompressed bytes not yet returned
        self._out_at = 0
        self._offset = 0            # uncompressed position of the next byte returned
        self._inflating = None      # decompressobj of the member being read, None between members
        self._finished = False
        self._start = self.fileobj.tell() if self.fileobj.seekable() else None

    def _start_writing(self, level, mtime):
        name = os.path.basename(self.name)
        if isinstance(name, str):
            name = name.encode('latin-1', 'replace')
        if name.endswith(b'.gz'):
            name = name[:-3]
        self._level = level
        self._deflate = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
        self._crc = 0
        self._size = 0
        self._offset = 0
        self.fileobj.write(_header_bytes(name, level, time.time() if mtime is None else mtime))

    @property
    def mtime(self):
        """The modification time in the last member header read (None before reading)."""
        return self._mtime

    @property
    def closed(self):
        return self.fileobj is None

    def _need(self, mode, what):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        if self.mode != mode:
            import errno
            raise OSError(errno.EBADF, "%s() on %s-only GzipFile object" % (what, 'read' if mode == WRITE else 'write'))

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj)[1:-1] + ' ' + hex(id(self)) + '>'

    # ------------------------------------------------------------------ reading

    def _produce(self):
        """Decompresses more data into _out; False at the end of the file."""
        while True:
            if self._finished:
                return False
            if self._inflating is None:
                if not self._next_member():
                    self._finished = True
                    return False
            chunk = self._spare or self.fileobj.read(_CHUNK)
            self._spare = b''
            if not chunk:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            data = self._inflating.decompress(chunk)
            self._member_crc = zlib.crc32(data, self._member_crc)
            self._member_size += len(data)
            if self._inflating.eof:
                self._spare = self._inflating.unused_data
                self._inflating = None
                self._check_trailer()
            if data:
                self._out = self._out[self._out_at:] + data
                self._out_at = 0
                return True

    def _next_member(self):
        # Zero bytes may pad the file after a member.
        while True:
            if not self._spare:
                self._spare = self.fileobj.read(_CHUNK)
                if not self._spare:
                    return False
            stripped = self._spare.lstrip(b'\0')
            if stripped:
                self._spare = stripped
                break
            self._spare = b''
        reader = _HeaderReader(self._take_spare_first)
        mtime = reader.read_header()
        if mtime is None:
            return False
        self._mtime = mtime
        self._inflating = zlib.decompressobj(-zlib.MAX_WBITS)
        self._member_crc = 0
        self._member_size = 0
        return True

    def _take_spare_first(self, n):
        data = b''
        while len(data) < n:
            if not self._spare:
                self._spare = self.fileobj.read(_CHUNK)
                if not self._spare:
                    break
            piece = self._spare[:n - len(data)]
            self._spare = self._spare[len(piece):]
            data += piece
        return data

    def _check_trailer(self):
        trailer = _HeaderReader(self._take_spare_first).exactly(8)
        crc, size = struct.unpack('<II', trailer)
        if crc != self._member_crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._member_crc)))
        if size != self._member_size & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")

    def _available(self):
        return len(self._out) - self._out_at

    def _hand_out(self, n):
        data = self._out[self._out_at:self._out_at + n]
        self._out_at += len(data)
        self._offset += len(data)
        return data

    def read(self, size=-1):
        self._need(READ, 'read')
        if size is None or size < 0:
            while self._produce():
                pass
            return self._hand_out(self._available())
        while self._available() < size and self._produce():
            pass
        return self._hand_out(size)

    def read1(self, size=-1):
        self._need(READ, 'read1')
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._available():
            self._produce()
        return self._hand_out(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n=1):
        self._need(READ, 'peek')
        if not self._available():
            self._produce()
        return self._out[self._out_at:]

    def readline(self, size=-1):
        self._need(READ, 'readline')
        if size is None:
            size = -1
        while True:
            end = self._out.find(b'\n', self._out_at)
            if end >= 0 and (size < 0 or end - self._out_at < size):
                return self._hand_out(end + 1 - self._out_at)
            if 0 <= size <= self._available():
                return self._hand_out(size)
            if not self._produce():
                return self._hand_out(self._available() if size < 0 else size)

    def __iter__(self):
        self._need(READ, '__iter__')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def rewind(self):
        """Go back to the start of the file (read mode)."""
        self._need(READ, 'rewind')
        self.fileobj.seek(self._start or 0)
        self._start_reading()

    # ------------------------------------------------------------------ writing

    def write(self, data):
        self._need(WRITE, 'write')
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length:
            self.fileobj.write(self._deflate.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self._size += length
            self._offset += length
        return length

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        if self.mode == WRITE:
            self.fileobj.write(self._deflate.flush(zlib_mode))
            self.fileobj.flush()

    # ------------------------------------------------------------------ both

    def close(self):
        source = self.fileobj
        if source is None:
            return
        try:
            if self.mode == WRITE:
                source.write(self._deflate.flush())
                source.write(struct.pack('<II', self._crc, self._size & 0xffffffff))
        finally:
            self.fileobj = None
            owned, self._owned_file = self._owned_file, None
            if owned is not None:
                owned.close()

    def fileno(self):
        return self.fileobj.fileno()

    def readable(self):
        self._need(self.mode, 'readable')
        return self.mode == READ

    def writable(self):
        self._need(self.mode, 'writable')
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._need(self.mode, 'tell')
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self._offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._offset))
            return self._offset
        self._need(READ, 'seek')
        if whence == io.SEEK_CUR:
            offset += self._offset
        elif whence == io.SEEK_END:
            raise ValueError('Seek from end not supported')
        if offset < self._offset:
            self.rewind()
        while self._offset < offset:
            if not self.read(min(offset - self._offset, _CHUNK)):
                break
        return self._offset

    def __enter__(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def compress(data, compresslevel=9, *, mtime=None):
    """The gzip file holding data as one member."""
    deflate = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = deflate.compress(data) + deflate.flush()
    when = time.time() if mtime is None else mtime
    return (_header_bytes(b'', compresslevel, when) + body
            + struct.pack('<II', zlib.crc32(data), len(data) & 0xffffffff))


def decompress(data):
    """The data of every member of a gzip file, joined."""
    data = bytes(data)
    pieces = []
    at = 0
    while True:
        while at < len(data) and data[at] == 0:
            at += 1
        if at >= len(data):
            return b''.join(pieces)
        position = [at]

        def take(n):
            chunk = data[position[0]:position[0] + n]
            position[0] += len(chunk)
            return chunk

        _HeaderReader(take).read_header()
        inflate = zlib.decompressobj(-zlib.MAX_WBITS)
        member = inflate.decompress(data[position[0]:])
        if not inflate.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        rest = inflate.unused_data
        if len(rest) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc, size = struct.unpack('<II', rest[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if size != len(member) & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        pieces.append(member)
        at = len(data) - len(rest) + 8
