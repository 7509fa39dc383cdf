"""Read and write ZIP archives (PKWARE APPNOTE format, with ZIP64 records).

Written for this VM from the documentation of CPython 3.13's zipfile and the APPNOTE; the
archive layout it writes (field values, header rewrite after the data, the order of the ZIP64
extra values) is the one CPython writes, so a stored archive written here for the same inputs
is byte for byte CPython's.
"""

import io
import os
import shutil
import stat
import struct
import sys
import threading
import time
import warnings

try:
    import zlib
except ImportError:
    zlib = None

try:
    import bz2
except ImportError:
    bz2 = None

try:
    import lzma
except ImportError:
    lzma = None

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a file would need ZIP64 extensions that were not allowed."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

# Record layouts (all little-endian).
_LOCAL = struct.Struct("<4s2B4HL2L2H")          # local file header, 30 bytes
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")      # central directory entry, 46 bytes
_END = struct.Struct("<4s4H2LH")                # end of central directory, 22 bytes
_END64 = struct.Struct("<4sQ2H2L4Q")            # ZIP64 end of central directory, 56 bytes
_END64_LOC = struct.Struct("<4sLQL")            # ZIP64 end locator, 20 bytes

_SIG_LOCAL = b"PK\003\004"
_SIG_CENTRAL = b"PK\001\002"
_SIG_END = b"PK\005\006"
_SIG_END64 = b"PK\006\006"
_SIG_END64_LOC = b"PK\006\007"
_SIG_DESCRIPTOR = 0x08074b50

_FLAG_ENCRYPTED = 0x1
_FLAG_LZMA_EOS = 0x2
_FLAG_DESCRIPTOR = 0x8
_FLAG_PATCHED = 0x20
_FLAG_STRONG_ENCRYPTION = 0x40
_FLAG_UTF8 = 0x800

# Also public in CPython and read by some programs.
sizeFileHeader = _LOCAL.size
sizeCentralDir = _CENTRAL.size
sizeEndCentDir = _END.size
sizeEndCentDir64 = _END64.size
sizeEndCentDir64Locator = _END64_LOC.size
stringFileHeader = _SIG_LOCAL
stringCentralDir = _SIG_CENTRAL
stringEndArchive = _SIG_END
stringEndArchive64 = _SIG_END64
stringEndArchive64Locator = _SIG_END64_LOC


def _require_compression(method):
    if method == ZIP_STORED:
        return
    if method == ZIP_DEFLATED:
        if zlib is None:
            raise RuntimeError("Compression requires the (missing) zlib module")
        return
    if method == ZIP_BZIP2:
        if bz2 is None:
            raise RuntimeError("Compression requires the (missing) bz2 module")
        return
    if method == ZIP_LZMA:
        if lzma is None:
            raise RuntimeError("Compression requires the (missing) lzma module")
        return
    raise NotImplementedError("That compression method is not supported")


class _LZMACompressor:
    """A zip member's LZMA data (APPNOTE 5.8.8): version 9.4, the properties' size and the
    LZMA1 properties, then the raw stream with its end marker."""

    def __init__(self):
        self._comp = None

    def _start(self):
        props = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1})
        self._comp = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=[
            lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)])
        return struct.pack("<BBH", 9, 4, len(props)) + props

    def compress(self, data):
        if self._comp is None:
            return self._start() + self._comp.compress(data)
        return self._comp.compress(data)

    def flush(self):
        if self._comp is None:
            return self._start() + self._comp.flush()
        return self._comp.flush()


class _WholeDecompressor:
    """A bz2/lzma decompressor with zlib's decompress(data, max_length) interface as the member
    reader uses it: all output at once, so unconsumed_tail is always empty. finish() is the end
    of the member's data (an LZMA decoder without an end mark decodes then)."""

    unconsumed_tail = b""

    def __init__(self, method):
        self._method = method
        self._head = b""
        self._dec = bz2.BZ2Decompressor() if method == ZIP_BZIP2 else None

    @property
    def eof(self):
        return self._dec is not None and self._dec.eof

    def decompress(self, data, max_length=0):
        if self._dec is None:
            self._head += data
            if len(self._head) < 4:
                return b""
            size = struct.unpack("<H", self._head[2:4])[0]
            if len(self._head) < 4 + size:
                return b""
            props = self._head[4:4 + size]
            self._dec = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[
                lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)])
            data = self._head[4 + size:]
            self._head = b""
        if self._dec.eof:
            return b""
        return self._dec.decompress(data)

    def finish(self):
        if self._dec is None or self._dec.eof:
            return b""
        return self._dec.decompress(b"")


def _new_compressor(method, level):
    if method == ZIP_DEFLATED:
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                                zlib.DEFLATED, -15)
    if method == ZIP_BZIP2:
        return bz2.BZ2Compressor(9 if level is None else level)
    if method == ZIP_LZMA:
        return _LZMACompressor()
    return None


def _new_decompressor(method):
    _require_compression(method)
    if method == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    if method in (ZIP_BZIP2, ZIP_LZMA):
        return _WholeDecompressor(method)
    return None


def _dos_stamp(date_time):
    """(date, time) words of the DOS timestamp for a (Y, M, D, h, m, s) tuple."""
    y, mo, d, h, mi, s = date_time[:6]
    return (y - 1980) << 9 | mo << 5 | d, h << 11 | mi << 5 | s // 2


def _from_dos(date, tm):
    return ((date >> 9) + 1980, (date >> 5) & 0xF, date & 0x1F,
            tm >> 11, (tm >> 5) & 0x3F, (tm & 0x1F) * 2)


def _clean_name(name):
    """The archive name: cut at a NUL, with forward slashes only."""
    nul = name.find(chr(0))
    if nul >= 0:
        name = name[:nul]
    if os.sep != "/" and os.sep in name:
        name = name.replace(os.sep, "/")
    if os.altsep and os.altsep != "/" and os.altsep in name:
        name = name.replace(os.altsep, "/")
    return name


def _drop_extra_fields(extra, kinds):
    """extra without the fields whose header id is in kinds."""
    kept = []
    i = 0
    while i + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, i)
        end = i + 4 + size
        if kind not in kinds:
            kept.append(extra[i:end])
        i = end
    kept.append(extra[i:])
    return b"".join(kept)


class ZipInfo:
    """The description of one archive member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', 'compress_level',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time',
                 '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        self.filename = _clean_name(filename)
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self.compress_level = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    @property
    def _compresslevel(self):
        return self.compress_level

    @_compresslevel.setter
    def _compresslevel(self, value):
        self.compress_level = value

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s'
                         % compressor_names.get(self.compress_type, self.compress_type))
        mode, dos = self.external_attr >> 16, self.external_attr & 0xFFFF
        if mode:
            parts.append(' filemode=%r' % stat.filemode(mode))
        if dos:
            parts.append(' external_attr=%#x' % dos)
        directory = self.is_dir()
        if not directory or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if (not directory or self.compress_size) and \
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _name_and_flags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def _needed_version(self, zip64):
        need = ZIP64_VERSION if zip64 else 0
        if self.compress_type == ZIP_BZIP2:
            need = max(need, BZIP2_VERSION)
        elif self.compress_type == ZIP_LZMA:
            need = max(need, LZMA_VERSION)
        return need

    def FileHeader(self, zip64=None):
        """The local file header (with name and extra field) as bytes."""
        if self.flag_bits & _FLAG_DESCRIPTOR:
            crc = csize = usize = 0
        else:
            crc, csize, usize = self.CRC, self.compress_size, self.file_size
        if zip64 is None:
            zip64 = usize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        extra = self.extra
        if zip64:
            extra = extra + struct.pack("<HHQQ", 1, 16, usize, csize)
            usize = csize = 0xFFFFFFFF
        need = self._needed_version(zip64)
        self.extract_version = max(need, self.extract_version)
        self.create_version = max(need, self.create_version)
        name, flags = self._name_and_flags()
        date, tm = _dos_stamp(self.date_time)
        return _LOCAL.pack(_SIG_LOCAL, self.extract_version, self.reserved, flags,
                           self.compress_type, tm, date, crc, csize, usize,
                           len(name), len(extra)) + name + extra

    def _central_record(self):
        big = []
        usize, csize, offset = self.file_size, self.compress_size, self.header_offset
        if usize > ZIP64_LIMIT or csize > ZIP64_LIMIT:
            big += [usize, csize]
            usize = csize = 0xFFFFFFFF
        if offset > ZIP64_LIMIT:
            big.append(offset)
            offset = 0xFFFFFFFF
        extra = self.extra
        if big:
            extra = struct.pack("<HH%dQ" % len(big), 1, 8 * len(big), *big) + \
                _drop_extra_fields(extra, (1,))
        need = self._needed_version(bool(big))
        name, flags = self._name_and_flags()
        date, tm = _dos_stamp(self.date_time)
        head = _CENTRAL.pack(_SIG_CENTRAL, max(need, self.create_version), self.create_system,
                             max(need, self.extract_version), self.reserved, flags,
                             self.compress_type, tm, date, self.CRC, csize, usize, len(name),
                             len(extra), len(self.comment), 0, self.internal_attr,
                             self.external_attr, offset)
        return head + name + extra + self.comment

    def _apply_zip64_extra(self, name_crc=None):
        """Replaces the saturated size/offset fields with the ZIP64 extra field's values."""
        extra = self.extra
        i = 0
        while i + 4 <= len(extra):
            kind, size = struct.unpack_from("<HH", extra, i)
            if i + 4 + size > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (kind, size))
            if kind == 1:
                body = extra[i + 4:i + 4 + size]
                pos = 0
                for attr in ('file_size', 'compress_size', 'header_offset'):
                    if getattr(self, attr) != 0xFFFFFFFF:
                        continue
                    if pos + 8 > len(body):
                        raise BadZipFile("Corrupt zip64 extra field. %s not found."
                                         % attr.replace('_', ' ').replace('compress', 'Compress')
                                         .replace('file size', 'File size')
                                         .replace('header offset', 'Header offset'))
                    setattr(self, attr, struct.unpack_from("<Q", body, pos)[0])
                    pos += 8
            i += 4 + size

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory at filename, named arcname in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        directory = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps:
            if date_time[0] < 1980:
                date_time = (1980, 1, 1, 0, 0, 0)
            elif date_time[0] > 2107:
                date_time = (2107, 12, 31, 23, 59, 59)
        name = filename if arcname is None else arcname
        name = os.path.normpath(os.path.splitdrive(name)[1])
        while name[:1] in (os.sep, os.altsep) and name[:1]:
            name = name[1:]
        if directory:
            name += '/'
        info = cls(name, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if directory:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        return self.filename.endswith('/')


class _OwnPositionFile:
    """A view of the archive's file with its own position, so several members can be read at
    once: every read seeks first, under the archive's lock."""

    def __init__(self, fp, pos, release, lock, writing):
        self._fp = fp
        self._pos = pos
        self._release = release
        self._lock = lock
        self._writing = writing
        self.seekable = fp.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            if self._writing():
                raise ValueError("Can't reposition in the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._fp.seek(offset, whence)
            self._pos = self._fp.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            if self._writing():
                raise ValueError("Can't read from the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._fp.seek(self._pos)
            data = self._fp.read(n)
            self._pos = self._fp.tell()
            return data

    def close(self):
        if self._fp is not None:
            fp, self._fp = self._fp, None
            self._release(fp)


class _CountingWriter:
    """Wraps a stream that cannot tell(): counts the bytes written instead."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class ZipExtFile(io.BufferedIOBase):
    """A readable stream of one member's uncompressed data; the CRC is checked at its end."""

    _CHUNK = 1 << 16

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._source = fileobj
        self._info = zipinfo
        self._close_source = close_fileobj
        self._method = zipinfo.compress_type
        self._start = fileobj.tell()
        self._seekable = False
        try:
            if fileobj.seekable():
                self._seekable = True
        except AttributeError:
            pass
        self.mode = mode
        self.name = zipinfo.filename
        self.newlines = None
        self._restart()

    def _restart(self):
        self._decomp = _new_decompressor(self._method)
        self._left = self._info.compress_size     # compressed bytes not read yet
        self._buf = b""
        self._bufpos = 0
        self._crc = 0
        self._eof = False
        self._produced = 0                        # uncompressed bytes handed to _buf so far
        self._pos = 0                             # uncompressed position of the reader

    def __repr__(self):
        if self.closed:
            return '<%s.%s [closed]>' % (type(self).__module__, type(self).__qualname__)
        out = '<%s.%s name=%r' % (type(self).__module__, type(self).__qualname__, self.name)
        if self._method != ZIP_STORED:
            out += ' compress_type=%s' % compressor_names.get(self._method, self._method)
        return out + '>'

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def _read_compressed(self, want):
        n = min(self._left, want)
        if n <= 0:
            return b""
        data = self._source.read(n)
        if not data:
            raise EOFError
        self._left -= len(data)
        return data

    def _produce(self, want=0):
        """Decompresses the next piece (about want bytes, at least a chunk) into _buf; False
        at the end of the member. Like CPython, output stops at the directory's file size
        and the CRC is checked there."""
        if self._eof:
            return False
        want = max(want, self._CHUNK)
        if self._decomp is None:
            out = self._read_compressed(want)
            done = self._left <= 0
        else:
            data = self._decomp.unconsumed_tail or self._read_compressed(want)
            out = self._decomp.decompress(data, want)
            if self._left <= 0 and self._method in (ZIP_BZIP2, ZIP_LZMA):
                out += self._decomp.finish()
            done = self._decomp.eof or (self._left <= 0 and not self._decomp.unconsumed_tail)
        room = self._info.file_size - self._produced
        if len(out) >= room:
            out = out[:room]
            done = True
        self._produced += len(out)
        self._crc = zlib.crc32(out, self._crc) if zlib is not None else _crc32(out, self._crc)
        if self._bufpos:
            self._buf = self._buf[self._bufpos:]
            self._bufpos = 0
        self._buf += out
        if done:
            self._eof = True
            if self._crc != self._info.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return bool(out) or not done

    def _available(self):
        return len(self._buf) - self._bufpos

    def _take(self, n):
        start = self._bufpos
        end = len(self._buf) if n < 0 else min(len(self._buf), start + n)
        self._bufpos = end
        self._pos += end - start
        return self._buf[start:end]

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            n = float("inf")
        # Hand out what is buffered, then decompress piece by piece (no growing buffer).
        parts = []
        while n > 0:
            chunk = self._take(-1 if n == float("inf") else n)
            parts.append(chunk)
            n -= len(chunk)
            if n > 0 and not self._produce(min(n, self._info.file_size - self._produced)):
                break
        return b"".join(parts)

    def read1(self, n=-1):
        if n is None or n < 0:
            n = self._CHUNK
        while self._available() == 0 and self._produce():
            pass
        return self._take(n)

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def peek(self, n=1):
        while self._available() < n and self._produce():
            pass
        return self._buf[self._bufpos:self._bufpos + max(n, 512)]

    def readline(self, limit=-1):
        # Fast path: a whole line is buffered (close() empties the buffer).
        buf, start = self._buf, self._bufpos
        nl = buf.find(b"\n", start)
        if nl >= 0 and (limit is None or limit < 0 or nl - start < limit):
            self._bufpos = nl + 1
            self._pos += nl + 1 - start
            return buf[start:nl + 1]
        if self.closed:
            raise ValueError("readline of closed file.")
        while True:
            nl = self._buf.find(b"\n", self._bufpos)
            if nl >= 0:
                size = nl + 1 - self._bufpos
                break
            if not self._produce():
                size = self._available()
                break
            if 0 <= limit <= self._available():
                size = limit
                break
        if limit is not None and 0 <= limit < size:
            size = limit
        return self._take(size)

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._pos

    def seek(self, offset, whence=os.SEEK_SET):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        if whence == os.SEEK_SET:
            target = offset
        elif whence == os.SEEK_CUR:
            target = self._pos + offset
        elif whence == os.SEEK_END:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._info.file_size))
        if target < self._pos:
            # Start over: a compressed stream can only be read forwards.
            self._source.seek(self._start)
            self._restart()
        while self._pos < target:
            if not self.read(min(target - self._pos, self._CHUNK)):
                break
        return self._pos

    def close(self):
        try:
            if self._close_source:
                self._source.close()
        finally:
            self._buf, self._bufpos = b"", 0
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """The writable stream ZipFile.open(name, 'w') returns; closing it finishes the member."""

    def __init__(self, zf, zinfo, zip64):
        self._zf = zf
        self._info = zinfo
        self._zip64 = zip64
        self._fp = zf.fp
        self._compressor = _new_compressor(zinfo.compress_type, zinfo.compress_level)
        self._size = 0
        self._csize = 0
        self._crc = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
            data = data.tobytes()
        self._size += n
        self._crc = zlib.crc32(data, self._crc) if zlib is not None else _crc32(data, self._crc)
        if self._compressor is not None:
            data = self._compressor.compress(data)
            self._csize += len(data)
        self._fp.write(data)
        return n

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            info, zf = self._info, self._zf
            if self._compressor is not None:
                tail = self._compressor.flush()
                self._csize += len(tail)
                self._fp.write(tail)
                info.compress_size = self._csize
            else:
                info.compress_size = self._size
            info.CRC = self._crc
            info.file_size = self._size
            if not self._zip64:
                if self._size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if info.compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            if info.flag_bits & _FLAG_DESCRIPTOR:
                layout = "<LLQQ" if self._zip64 else "<LLLL"
                self._fp.write(struct.pack(layout, _SIG_DESCRIPTOR, info.CRC,
                                           info.compress_size, info.file_size))
                zf.start_dir = self._fp.tell()
            else:
                zf.start_dir = self._fp.tell()
                self._fp.seek(info.header_offset)
                self._fp.write(info.FileHeader(self._zip64))
                self._fp.seek(zf.start_dir)
            zf.filelist.append(info)
            zf.NameToInfo[info.filename] = info
        finally:
            self._zf._writing = False


def _crc32(data, crc=0):
    import binascii
    return binascii.crc32(data, crc)


def _find_end_record(fp):
    """The end-of-central-directory facts of the archive in fp, or None if there is none:
    a dict with count, size, offset, comment, location (of the end record) and zip64."""
    fp.seek(0, 2)
    filesize = fp.tell()
    start = max(0, filesize - _END.size - ZIP_MAX_COMMENT)
    fp.seek(start)
    tail = fp.read()
    at = len(tail) - _END.size
    # The common case first: no comment, the record is the last 22 bytes.
    if at < 0:
        return None
    if not (tail[at:at + 4] == _SIG_END and tail[-2:] == b"\0\0"):
        at = tail.rfind(_SIG_END)
        if at < 0 or at + _END.size > len(tail):
            return None
    (_, disk, cd_disk, disk_count, count, size, offset, comment_len) = _END.unpack_from(tail, at)
    comment = tail[at + _END.size:at + _END.size + comment_len]
    location = start + at
    end = {"count": count, "size": size, "offset": offset, "comment": comment,
           "location": location, "zip64": False}
    loc_at = location - _END64_LOC.size
    if loc_at >= 0:
        fp.seek(loc_at)
        loc = fp.read(_END64_LOC.size)
        if len(loc) == _END64_LOC.size and loc[:4] == _SIG_END64_LOC:
            _, disk64, rec_offset, disks = _END64_LOC.unpack(loc)
            if disks > 1:
                raise BadZipFile("zipfiles that span multiple disks are not supported")
            rec_at = loc_at - _END64.size
            fp.seek(rec_at)
            rec = fp.read(_END64.size)
            if len(rec) != _END64.size:
                raise BadZipFile("Truncated file header" if rec else "Corrupt ZIP64 end record")
            (sig, _, _, _, disk_no, disk_dir, in_disk, total, size64, offset64) = _END64.unpack(rec)
            if sig != _SIG_END64:
                raise BadZipFile("Zip64 directory locator not found")
            end.update(count=total, size=size64, offset=offset64, zip64=True)
    return end


def _looks_like_zip(fp):
    try:
        return _find_end_record(fp) is not None
    except (OSError, BadZipFile):
        return False


def is_zipfile(filename):
    """True if filename (a path or a file object) holds a ZIP end-of-central-directory record."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            found = _looks_like_zip(filename)
            filename.seek(pos)
            return found
        with open(filename, "rb") as fp:
            return _looks_like_zip(fp)
    except OSError:
        return False


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _require_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            self.fp = self._open_path(file, mode)
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _CountingWriter(self.fp)
                    self.start_dir = 0
                    self._seekable = False
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive yet: the new members go after what is there.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp, self.fp = self.fp, None
            self._fpclose(fp)
            raise

    @staticmethod
    def _open_path(path, mode):
        first, fallback = {'r': ('rb', None), 'w': ('w+b', 'wb'), 'x': ('x+b', 'xb'),
                           'a': ('r+b', 'w+b')}[mode]
        try:
            return io.open(path, first)
        except OSError:
            if fallback is None:
                raise
            return io.open(path, fallback)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        out = '<%s.%s' % (type(self).__module__, type(self).__qualname__)
        if self.fp is None:
            return out + ' [closed]>'
        if self._filePassed:
            out += ' file=%r' % self.fp
        elif self.filename is not None:
            out += ' filename=%r' % self.filename
        return out + ' mode=%r>' % self.mode

    def _decode_name(self, raw, flags):
        if flags & _FLAG_UTF8:
            return raw.decode('utf-8')
        return raw.decode(self.metadata_encoding or 'cp437')

    def _read_directory(self):
        fp = self.fp
        try:
            end = _find_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if end is None:
            raise BadZipFile("File is not a zip file")
        self._comment = end["comment"]
        # Bytes prepended to the archive (a self-extractor stub) shift every offset.
        shift = end["location"] - end["size"] - end["offset"]
        if end["zip64"]:
            shift -= _END64.size + _END64_LOC.size
        self.start_dir = end["offset"] + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(end["size"])
        pos = 0
        while pos < len(data):
            if pos + _CENTRAL.size > len(data):
                raise BadZipFile("Truncated central directory")
            rec = _CENTRAL.unpack_from(data, pos)
            if rec[0] != _SIG_CENTRAL:
                raise BadZipFile("Bad magic number for central directory")
            (_, create_version, create_system, extract_version, reserved, flags, method,
             tm, date, crc, csize, usize, name_len, extra_len, comment_len, _disk,
             internal, external, offset) = rec
            pos += _CENTRAL.size
            raw_name = data[pos:pos + name_len]
            pos += name_len
            info = ZipInfo(self._decode_name(raw_name, flags))
            info.extra = data[pos:pos + extra_len]
            pos += extra_len
            info.comment = data[pos:pos + comment_len]
            pos += comment_len
            info.header_offset = offset
            info.create_version, info.create_system = create_version, create_system
            info.extract_version, info.reserved = extract_version, reserved
            info.flag_bits, info.compress_type = flags, method
            info.CRC, info.compress_size, info.file_size = crc, csize, usize
            info.volume, info.internal_attr, info.external_attr = _disk, internal, external
            if extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (extract_version / 10))
            info._apply_zip64_extra()
            info.header_offset += shift
            info.date_time = _from_dos(date, tm)
            info._raw_time = tm
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
        # Where each member's bytes must end: the next member's header or the directory.
        limit = self.start_dir
        for info in sorted(self.filelist, key=lambda i: i.header_offset, reverse=True):
            info._end_offset = limit
            limit = info.header_offset

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is damaged, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info.compress_level = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(info, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        view = _OwnPositionFile(self.fp, info.header_offset, self._fpclose, self._lock,
                                lambda: self._writing)
        try:
            head = view.read(_LOCAL.size)
            if len(head) != _LOCAL.size:
                raise BadZipFile("Truncated file header")
            fields = _LOCAL.unpack(head)
            if fields[0] != _SIG_LOCAL:
                raise BadZipFile("Bad magic number for file header")
            name_len, extra_len = fields[10], fields[11]
            raw_name = view.read(name_len)
            if extra_len:
                view.read(extra_len)
            if info.flag_bits & _FLAG_PATCHED:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if info.flag_bits & _FLAG_STRONG_ENCRYPTION:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if fields[3] & _FLAG_UTF8:
                local_name = raw_name.decode("utf-8")
            else:
                local_name = raw_name.decode(self.metadata_encoding or "cp437")
            if local_name != info.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (info.orig_filename, raw_name))
            if info._end_offset is not None and \
                    view.tell() + info.compress_size > info._end_offset:
                raise BadZipFile("Overlapped entries: %r (possible zip bomb)"
                                 % info.orig_filename)
            if info.flag_bits & _FLAG_ENCRYPTED:
                if not (pwd or self.pwd):
                    raise RuntimeError("File %r is encrypted, password required for "
                                       "extraction" % name)
                raise NotImplementedError("encrypted archive members are not supported")
            return ZipExtFile(view, mode, info, pwd, True)
        except:
            view.close()
            raise

    def _open_to_write(self, info, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening the "
                             "ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle "
                             "open on it. Close the first handle before opening another.")
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= _FLAG_LZMA_EOS
        if not self._seekable:
            info.flag_bits |= _FLAG_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        zip64 = force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT
        if zip64 and not self._allowZip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self._seekable:
            self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        self._check_writable(info)
        self._didModify = True
        self.fp.write(info.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, info, zip64)

    def _check_writable(self, info):
        if info.filename in self.NameToInfo:
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _require_compression(info.compress_type)
        if not self._allowZip64:
            reason = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                reason = "Files count"
            elif info.file_size > ZIP64_LIMIT:
                reason = "Filesize"
            elif info.header_offset > ZIP64_LIMIT:
                reason = "Zipfile size"
            if reason:
                raise LargeZipFile(reason + " would require ZIP64 extensions")

    def extract(self, member, path=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        for member in self.namelist() if members is None else members:
            self._extract_member(member, path, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        bad = ':<>|"?*'
        parts = []
        for part in arcname.split(pathsep):
            part = ''.join('_' if c in bad else c for c in part)
            parts.append(part.rstrip('.'))
        return pathsep.join(p for p in parts if p)

    def _extract_member(self, member, targetpath, pwd):
        """Writes member under targetpath; the name's root, drive, '.' and '..' parts are
        dropped first, so nothing lands outside targetpath."""
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        name = info.filename.replace('/', os.path.sep)
        if os.path.altsep:
            name = name.replace(os.path.altsep, os.path.sep)
        name = os.path.splitdrive(name)[1]
        kept = [part for part in name.split(os.path.sep)
                if part not in ('', os.path.curdir, os.path.pardir)]
        name = os.path.sep.join(kept)
        if os.path.sep == '\\':
            name = self._sanitize_windows_name(name, os.path.sep)
        if not name and not info.is_dir():
            raise ValueError("Empty filename.")
        target = os.path.normpath(os.path.join(targetpath, name))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(info, pwd=pwd) as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink)
        return target

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Adds the file (or the directory entry) at filename as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info.compress_level = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as source, self.open(info, 'w') as sink:
            shutil.copyfileobj(source, sink, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Adds a member named by zinfo_or_arcname (a name or a ZipInfo) holding data (bytes,
        or a str stored as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info.compress_level = self.compresslevel
            if info.filename.endswith('/'):
                info.external_attr = (0o40775 << 16) | 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info.compress_level = compresslevel
        info.file_size = len(data)
        with self._lock:
            with self.open(info, mode='w') as sink:
                sink.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory entry."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name)
            info.compress_size = 0
            info.CRC = 0
            info.file_size = 0
            info.external_attr = (((0o40000 | mode) & 0xFFFF) << 16) | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            info.header_offset = self.fp.tell()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= _FLAG_LZMA_EOS
            self._check_writable(info)
            self._didModify = True
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Closes the archive; in 'w', 'x' and 'a' modes the central directory is written."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_directory()
        finally:
            fp, self.fp = self.fp, None
            self._fpclose(fp)

    def _write_directory(self):
        fp = self.fp
        for info in self.filelist:
            fp.write(info._central_record())
        end_of_dir = fp.tell()
        count = len(self.filelist)
        size = end_of_dir - self.start_dir
        offset = self.start_dir
        reason = None
        if count > ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif offset > ZIP64_LIMIT:
            reason = "Central directory offset"
        elif size > ZIP64_LIMIT:
            reason = "Central directory size"
        if reason:
            if not self._allowZip64:
                raise LargeZipFile(reason + " would require ZIP64 extensions")
            fp.write(_END64.pack(_SIG_END64, 44, 45, 45, 0, 0, count, count, size, offset))
            fp.write(_END64_LOC.pack(_SIG_END64_LOC, 0, end_of_dir, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        fp.write(_END.pack(_SIG_END, 0, 0, count, count, size, offset, len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


class PyZipFile(ZipFile):
    """A ZipFile that can add Python sources (this VM has no byte-code files: the .py source
    is stored)."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, optimize=-1):
        super().__init__(file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        pathname = os.fspath(pathname)
        if filterfunc and not filterfunc(pathname):
            return
        if os.path.isdir(pathname):
            name = os.path.basename(pathname)
            if os.path.isfile(os.path.join(pathname, "__init__.py")):
                base = "%s/%s" % (basename, name) if basename else name
            else:
                base = basename
            for entry in sorted(os.listdir(pathname)):
                path = os.path.join(pathname, entry)
                if os.path.isdir(path):
                    if os.path.isfile(os.path.join(path, "__init__.py")) and \
                            (base or basename == ""):
                        self.writepy(path, base, filterfunc)
                elif entry.endswith(".py"):
                    if filterfunc and not filterfunc(path):
                        continue
                    self.write(path, "%s/%s" % (base, entry) if base else entry)
        else:
            if not pathname.endswith(".py"):
                raise RuntimeError('Files added with writepy() must end with ".py"')
            name = os.path.basename(pathname)
            self.write(pathname, "%s/%s" % (basename, name) if basename else name)


def _parents_of(name):
    """The ancestors of an archive name, nearest first ('a/b/c' -> 'a/b', 'a')."""
    name = name.rstrip('/')
    while '/' in name:
        name = name.rsplit('/', 1)[0]
        yield name


def _all_names(zf):
    """The archive's names plus the directories they imply (with their trailing '/')."""
    names = zf.namelist()
    present = set(names)
    implied = []
    for name in names:
        for parent in _parents_of(name):
            entry = parent + '/'
            if entry not in present:
                present.add(entry)
                implied.append(entry)
    return names + implied


def _glob_to_regex(pattern):
    """The regex for a zipfile.Path glob pattern: '**' any run of characters, '*' a run within
    one segment (a segment that is only '*' must not be empty), '?' one character of a segment,
    [...] a character set; a directory's trailing '/' may follow."""
    import re
    for segment in re.split('[/]+', pattern):
        if '**' in segment and segment != '**':
            raise ValueError("** must appear alone in a path segment")
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == '[':
            end = pattern.find(']', i + 1)
            if end < 0:
                out.append(pattern[i:])
                break
            out.append(pattern[i:end + 1])
            i = end + 1
            continue
        if pattern.startswith('**', i):
            out.append('.*')
            i += 2
            continue
        if c == '*':
            alone = (i == 0 or pattern[i - 1] == '/') and (i + 1 == n or pattern[i + 1] == '/')
            out.append('[^/][^/]*' if alone else '[^/]*')
        elif c == '?':
            out.append('[^/]')
        else:
            out.append(re.escape(c))
        i += 1
    return '(?s:%s[/]?)\\Z' % ''.join(out)


class Path:
    """A pathlib-like view of a place inside a ZipFile (zipfile.Path)."""

    __repr = "{self.__class__.__name__}({self.root.filename!r}, {self.at!r})"

    def __init__(self, root, at=""):
        self.root = root if isinstance(root, ZipFile) else ZipFile(root)
        self.at = at

    def _names(self):
        return _all_names(self.root)

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def open(self, mode='r', *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if zip_mode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        if args:
            encoding, args = args[0], args[1:]
        else:
            encoding = kwargs.pop('encoding', None)
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(stream, encoding, *args, **kwargs)

    def _base(self):
        import pathlib
        return pathlib.PurePosixPath(self.at or self.root.filename)

    # The last part of the name, as pathlib splits it.
    name = property(lambda self: self._base().name)
    suffix = property(lambda self: self._base().suffix)
    suffixes = property(lambda self: self._base().suffixes)
    stem = property(lambda self: self._base().stem)

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def _is_child(self, path):
        parent = path.at.rstrip('/').rpartition('/')[0]
        return (parent + '/' if parent else '') == self.at

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._names()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, self._names()))

    def match(self, path_pattern):
        import pathlib
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def is_symlink(self):
        """zipfile.Path never reports a symbolic link."""
        return False

    def glob(self, pattern):
        import re
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        matches = re.compile(re.escape(self.at) + _glob_to_regex(pattern)).fullmatch
        return map(self._next, filter(matches, self._names()))

    def rglob(self, pattern):
        return self.glob(f'**/{pattern}')

    def relative_to(self, other, *extra):
        import posixpath
        return posixpath.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        import posixpath
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return self.__repr.format(self=self)

    def joinpath(self, *other):
        import posixpath
        target = posixpath.join(self.at, *other)
        names = self._names()
        if target not in names and target + '/' in names:
            target += '/'
        return self._next(target)

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent = self.at.rstrip('/').rpartition('/')[0]
        return self._next(parent + '/' if parent else '')


def _add_to_archive(zf, path, arcname):
    if os.path.isfile(path):
        zf.write(path, arcname, ZIP_DEFLATED)
    elif os.path.isdir(path):
        if arcname:
            zf.write(path, arcname)
        for entry in sorted(os.listdir(path)):
            _add_to_archive(zf, os.path.join(path, entry), os.path.join(arcname, entry))


def main(args=None):
    import argparse
    parser = argparse.ArgumentParser(description='A simple command-line interface for '
                                                 'zipfile module.')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<zipfile>', help='Show listing of a zipfile')
    group.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'),
                       help='Extract zipfile into target dir')
    group.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                       help='Create zipfile from sources')
    group.add_argument('-t', '--test', metavar='<zipfile>', help='Test if a zipfile is valid')
    parser.add_argument('--metadata-encoding', metavar='<encoding>',
                        help='Specify encoding of member names for -l, -e and -t')
    args = parser.parse_args(args)
    encoding = args.metadata_encoding
    if args.test is not None:
        with ZipFile(args.test, 'r', metadata_encoding=encoding) as zf:
            bad = zf.testzip()
        if bad:
            print("The following enclosed file is corrupted: {!r}".format(bad))
        print("Done testing")
    elif args.list is not None:
        with ZipFile(args.list, 'r', metadata_encoding=encoding) as zf:
            zf.printdir()
    elif args.extract is not None:
        src, target = args.extract
        with ZipFile(src, 'r', metadata_encoding=encoding) as zf:
            zf.extractall(target)
    elif args.create is not None:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        name, *sources = args.create
        with ZipFile(name, 'w') as zf:
            for path in sources:
                arcname = os.path.basename(path) or os.path.basename(os.path.dirname(path))
                if arcname in ('', os.curdir, os.pardir):
                    arcname = ''
                _add_to_archive(zf, path, arcname)


if __name__ == "__main__":
    main()
