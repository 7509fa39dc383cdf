"""What bz2.BZ2File and lzma.LZMAFile share (written for the FreeThreaded VM).

BaseStream holds the mode checks of a compressed file object; CompressedFile is the whole
io.BufferedIOBase contract over a compressor object (write modes) or a series of decompressor
objects, one per concatenated stream (read mode): read, read1, readinto, peek, readline,
iteration, seek (emulated: backwards means decompressing again from the start) and tell.
open_file is the text/binary dispatch of bz2.open and lzma.open.
"""

import builtins
import io
import os

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

_MODE_CLOSED, _MODE_READ, _MODE_WRITE = 0, 1, 3
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BaseStream(io.BufferedIOBase):
    """Mode checks shared by the compressed file objects."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation("Seeking is only supported on files open for reading")
        if not self._fp.seekable():
            raise io.UnsupportedOperation("The underlying file object does not support seeking")


def parse_mode(mode):
    """'r', 'w', 'x' or 'a' for a binary file mode; ValueError for anything else."""
    if mode in ("", "r", "rb"):
        return "r"
    if mode in ("w", "wb", "x", "xb", "a", "ab"):
        return mode[0]
    raise ValueError("Invalid mode: %r" % (mode,))


class CompressedFile(BaseStream):
    """A file of compressed data. Subclasses call _open from __init__."""

    _mode = _MODE_CLOSED
    _fp = None
    _closefp = False

    def _open(self, filename, mode, new_compressor, new_decompressor, trailing_error):
        kind = parse_mode(mode)
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = builtins.open(filename, kind + "b")
            self._closefp = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
            self._closefp = False
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._pos = 0
        if kind == "r":
            self._mode = _MODE_READ
            self._new_decompressor = new_decompressor
            self._trailing_error = trailing_error
            self._rewind_state()
        else:
            self._mode = _MODE_WRITE
            self._compressor = new_compressor()

    def _rewind_state(self):
        self._decompressor = self._new_decompressor()
        self._buffer = b""
        self._offset = 0
        self._pos = 0
        self._eof = False

    # --- state -------------------------------------------------------------------------------

    @property
    def closed(self):
        return self._mode == _MODE_CLOSED

    @property
    def mode(self):
        return "rb" if self._mode == _MODE_READ else "wb"

    @property
    def name(self):
        self._check_not_closed()
        return self._fp.name

    def fileno(self):
        self._check_not_closed()
        return self._fp.fileno()

    def readable(self):
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        self._check_not_closed()
        return self._mode == _MODE_WRITE

    def seekable(self):
        return self.readable() and self._fp.seekable()

    def close(self):
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _MODE_CLOSED
                self._buffer = b""

    # --- reading -----------------------------------------------------------------------------

    def _fill(self):
        """Decompresses the next piece into the buffer; False at the end of the data."""
        if self._eof:
            return False
        while True:
            dec = self._decompressor
            if dec.eof:
                raw = dec.unused_data or self._fp.read(BUFFER_SIZE)
                if not raw:
                    self._eof = True
                    return False
                dec = self._decompressor = self._new_decompressor()
                try:
                    data = dec.decompress(raw, BUFFER_SIZE)
                except self._trailing_error:
                    # What follows the last stream is not another stream: ignored, as CPython does.
                    self._eof = True
                    return False
            elif dec.needs_input:
                raw = self._fp.read(BUFFER_SIZE)
                # At the end of the file an empty feed lets a decoder without an end mark finish.
                data = dec.decompress(raw, BUFFER_SIZE)
                if not raw and not data and not dec.eof:
                    raise EOFError(_TRUNCATED)
            else:
                data = dec.decompress(b"", BUFFER_SIZE)
            if data:
                self._buffer = data
                self._offset = 0
                return True

    def _take(self, n):
        """Up to n bytes (all if n < 0) from the buffer, moving the position."""
        start = self._offset
        end = len(self._buffer) if n < 0 else min(len(self._buffer), start + n)
        self._offset = end
        self._pos += end - start
        return self._buffer[start:end]

    def _buffered(self):
        return len(self._buffer) - self._offset

    def read(self, size=-1):
        self._check_can_read()
        size = -1 if size is None else size.__index__()
        if size == 0:
            return b""
        parts = []
        got = 0
        while size < 0 or got < size:
            if not self._buffered() and not self._fill():
                break
            piece = self._take(-1 if size < 0 else size - got)
            parts.append(piece)
            got += len(piece)
        return b"".join(parts)

    def read1(self, size=-1):
        self._check_can_read()
        size = -1 if size is None else size.__index__()
        if size == 0 or (not self._buffered() and not self._fill()):
            return b""
        return self._take(size)

    def readinto(self, b):
        self._check_can_read()
        with memoryview(b) as view, view.cast("B") as byte_view:
            data = self.read(len(byte_view))
            byte_view[:len(data)] = data
        return len(data)

    def peek(self, n=0):
        self._check_can_read()
        if not self._buffered() and not self._fill():
            return b""
        return self._buffer[self._offset:]

    def readline(self, size=-1):
        self._check_can_read()
        size = -1 if size is None else size.__index__()
        parts = []
        got = 0
        while size < 0 or got < size:
            if not self._buffered() and not self._fill():
                break
            end = self._buffer.find(b"\n", self._offset)
            want = -1 if end < 0 else end + 1 - self._offset
            if size >= 0 and (want < 0 or want > size - got):
                want = size - got
            piece = self._take(want)
            parts.append(piece)
            got += len(piece)
            if piece.endswith(b"\n"):
                break
        return b"".join(parts)

    def readlines(self, hint=-1):
        self._check_can_read()
        hint = -1 if hint is None else hint.__index__()
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # --- writing -----------------------------------------------------------------------------

    def write(self, data):
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def writelines(self, seq):
        for data in seq:
            self.write(data)

    def flush(self):
        self._check_not_closed()

    # --- position ----------------------------------------------------------------------------

    def tell(self):
        self._check_not_closed()
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_can_seek()
        offset = offset.__index__()
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            while self._buffered() or self._fill():
                self._take(-1)
            offset += self._pos
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: %r" % (whence,))
        if offset < self._pos:
            self._fp.seek(0)
            self._rewind_state()
        while self._pos < offset:
            if not self._buffered() and not self._fill():
                break
            self._take(offset - self._pos)
        return self._pos

    def __del__(self):
        if self._mode == _MODE_WRITE:
            try:
                self.close()
            except Exception:
                pass


def open_file(make_binary, filename, mode, encoding, errors, newline):
    """bz2.open / lzma.open: make_binary(filename, binary_mode) wrapped in text mode if 't' in mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for what, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % what)
    binary = make_binary(filename, mode.replace("t", ""))
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary


def decompress_all(data, new_decompressor, error):
    """All the concatenated streams in data (trailing bytes that are not a stream are ignored);
    None if the data ends inside a stream."""
    results = []
    while data:
        dec = new_decompressor()
        try:
            results.append(dec.decompress(data))
        except error:
            if results:
                break
            raise
        if not dec.eof:
            # An empty feed lets a decoder without an end mark (lzma-alone, raw) finish.
            results.append(dec.decompress(b""))
            if not dec.eof:
                return None
        data = dec.unused_data
    return b"".join(results)
