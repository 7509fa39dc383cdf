"""Read and write tar archives (POSIX ustar, pax and GNU formats), plain or gzip-compressed,
as seekable files or as streams.

Written for this VM from the documentation of CPython 3.13's tarfile, POSIX.1-2008 (pax) and
the GNU tar manual. The headers it writes (field layout, checksum placement, when a pax record
or a GNU long-name block is needed, the final zero blocks and record padding) are those
CPython writes, so an uncompressed archive built here from the same members is byte for byte
CPython's.
"""

import copy
import io
import os
import re
import shutil
import stat
import struct
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

symlink_exception = (AttributeError, NotImplementedError, OSError)

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter",
           "tar_filter", "FilterError", "AbsoluteLinkError",
           "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE,
                   CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int, "gid": int,
                     "size": int}

ENCODING = "utf-8" if os.name == "nt" else sys.getfilesystemencoding()


class TarError(Exception):
    """The root of tarfile's errors."""


class ExtractError(TarError):
    """A member could not be written out (with errorlevel 2 it is raised)."""


class ReadError(TarError):
    """The input is not a tar archive this module can read."""


class CompressionError(TarError):
    """The compression asked for is unknown or its module is missing."""


class StreamError(TarError):
    """The operation needs to go back in a stream ('|' mode) archive."""


class HeaderError(TarError):
    """A header block is unusable."""


class EmptyHeaderError(HeaderError):
    """Nothing was left to read where a header should be."""


class TruncatedHeaderError(HeaderError):
    """Fewer than 512 bytes were left for a header."""


class EOFHeaderError(HeaderError):
    """An all-zero block: the end-of-archive marker."""


class InvalidHeaderError(HeaderError):
    """A header whose checksum or number fields are wrong."""


class SubsequentHeaderError(HeaderError):
    """The header after a pax or GNU extension block is missing or bad."""


# --- header fields ---

def stn(s, length, encoding, errors):
    """s encoded and NUL-padded (or cut) to length bytes."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)
    return raw[:length].ljust(length, NUL)


def nts(s, encoding, errors):
    """The text of a NUL-terminated field."""
    end = s.find(b"\0")
    return (s if end < 0 else s[:end]).decode(encoding, errors)


def nti(s):
    """The number in a header field: octal text, or GNU base-256 (first byte 0x80 positive,
    0xff negative)."""
    if s[0] in (0x80, 0xFF):
        value = int.from_bytes(s[1:], "big")
        if s[0] == 0xFF:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, "ascii", "strict").strip()
        return int(text or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """The header field of digits bytes for the number n: octal digits and a NUL, or (GNU
    format only) base-256 when octal cannot hold it."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return b"%0*o" % (digits - 1, n) + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        lead = 0x80 if n >= 0 else 0xFF
        body = (n if n >= 0 else 256 ** (digits - 1) + n).to_bytes(digits - 1, "big")
        return bytes([lead]) + body
    raise ValueError("overflow in number field")


_UNSIGNED = struct.Struct("148B8x356B")
_SIGNED = struct.Struct("148b8x356b")


def calc_chksums(buf):
    """(unsigned, signed) sums of the header with its checksum field read as spaces (some old
    tars summed signed chars)."""
    return 256 + sum(_UNSIGNED.unpack_from(buf)), 256 + sum(_SIGNED.unpack_from(buf))


def _round_up(count):
    return -(-count // BLOCKSIZE) * BLOCKSIZE


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copies length bytes (all when None) from src to dst; a short source raises exception."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    while length > 0:
        want = min(bufsize, length)
        chunk = src.read(want)
        if len(chunk) < want:
            raise exception("unexpected end of data")
        dst.write(chunk)
        length -= want


def _safe_print(s):
    encoding = getattr(sys.stdout, 'encoding', None)
    if encoding is not None:
        s = s.encode(encoding, 'backslashreplace').decode(encoding)
    print(s, end=' ')


# --- streams (the '|' modes) ---

class _Stream:
    """A forward-only byte stream over a file object, optionally gzip-(de)compressed: what the
    'r|...' and 'w|...' modes read and write. Reading may skip forward but never back."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        self._own = fileobj is None
        if fileobj is None:
            fileobj = io.open(name, mode + "b")
        if comptype == '*':
            # Look at the first bytes to choose the decompressor.
            fileobj = _PeekableSource(fileobj)
            comptype = fileobj.kind()
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.pos = 0
        self.closed = False
        self._pending = b""        # decompressed bytes not handed out yet
        self._out = bytearray()    # bytes to write, kept until a whole bufsize is ready
        try:
            if comptype == "gz":
                try:
                    import zlib
                except ImportError:
                    raise CompressionError("zlib module is not available") from None
                self._zlib = zlib
                self._codec_error = zlib.error
                if mode == "r":
                    self._start_gunzip()
                else:
                    self._start_gzip(compresslevel)
            elif comptype == "bz2":
                try:
                    import bz2
                except ImportError:
                    raise CompressionError("bz2 module is not available") from None
                self._codec_error = OSError
                if mode == "r":
                    self._decompressor = bz2.BZ2Decompressor()
                else:
                    self._compressor = bz2.BZ2Compressor(compresslevel)
            elif comptype == "xz":
                try:
                    import lzma
                except ImportError:
                    raise CompressionError("lzma module is not available") from None
                self._codec_error = lzma.LZMAError
                if mode == "r":
                    self._decompressor = lzma.LZMADecompressor()
                else:
                    self._compressor = lzma.LZMACompressor()
            elif comptype != "tar":
                raise CompressionError("unknown compression type %r" % comptype)
        except:
            if self._own:
                self.fileobj.close()
            self.closed = True
            raise

    def _start_gzip(self, level):
        z = self._zlib
        self._compressor = z.compressobj(level, z.DEFLATED, -z.MAX_WBITS, z.DEF_MEM_LEVEL, 0)
        self._crc = z.crc32(b"")
        self._size = 0
        stamp = struct.pack("<L", int(time.time()))
        header = b"\037\213\010"
        name = os.path.basename(self.name)
        if isinstance(name, bytes):
            name = name.decode("iso-8859-1", "replace")
        if name.endswith(".gz"):
            name = name[:-3]
        # FNAME is always present (maybe empty), in ISO-8859-1 as RFC 1952 asks.
        self._out += header + b"\010" + stamp + b"\002\377" + \
            name.encode("iso-8859-1", "replace") + NUL

    def _start_gunzip(self):
        z = self._zlib
        self._decompressor = z.decompressobj(-z.MAX_WBITS)
        self._raw = b""
        if self._read_raw(2) != b"\037\213":
            raise ReadError("not a gzip file")
        if self._read_raw(1) != b"\010":
            raise CompressionError("unsupported compression method")
        flags = ord(self._read_raw(1))
        self._read_raw(6)
        if flags & 4:
            extra = self._read_raw(2)
            self._read_raw(extra[0] + 256 * extra[1] if len(extra) == 2 else 0)
        for bit in (8, 16):
            if flags & bit:
                while True:
                    c = self._read_raw(1)
                    if not c or c == NUL:
                        break
        if flags & 2:
            self._read_raw(2)

    def _read_raw(self, n):
        """n bytes of the underlying (compressed) input."""
        while len(self._raw) < n:
            chunk = self.fileobj.read(self.bufsize)
            if not chunk:
                break
            self._raw += chunk
        data, self._raw = self._raw[:n], self._raw[n:]
        return data

    def tell(self):
        return self.pos

    def write(self, data):
        self.pos += len(data)
        if self.comptype == "gz":
            self._crc = self._zlib.crc32(data, self._crc)
            self._size += len(data)
            data = self._compressor.compress(data)
        elif self.comptype in ("bz2", "xz"):
            data = self._compressor.compress(data)
        self._out += data
        while len(self._out) > self.bufsize:
            self.fileobj.write(bytes(self._out[:self.bufsize]))
            del self._out[:self.bufsize]

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                if self.comptype == "gz":
                    self._out += self._compressor.flush()
                    self._out += struct.pack("<LL", self._crc & 0xFFFFFFFF,
                                             self._size & 0xFFFFFFFF)
                elif self.comptype in ("bz2", "xz"):
                    self._out += self._compressor.flush()
                if self._out:
                    self.fileobj.write(bytes(self._out))
                    self._out = bytearray()
        finally:
            if self._own:
                self.fileobj.close()

    def _fill(self, n):
        """Makes at least n decompressed bytes pending, unless the input ends first."""
        while len(self._pending) < n:
            if self.comptype != "tar":
                if self._decompressor.eof:
                    break
                if self.comptype == "gz":
                    raw = self._read_raw(self.bufsize)
                else:
                    raw = self.fileobj.read(self.bufsize)
                if not raw:
                    break
                try:
                    self._pending += self._decompressor.decompress(raw)
                except self._codec_error as e:
                    raise ReadError("invalid compressed data") from e
            else:
                chunk = self.fileobj.read(max(self.bufsize, n - len(self._pending)))
                if not chunk:
                    break
                self._pending += chunk

    def read(self, size):
        self._fill(size)
        data, self._pending = self._pending[:size], self._pending[size:]
        self.pos += len(data)
        return data

    def seek(self, pos=0):
        """Moves forward to pos (a stream cannot go back)."""
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        while self.pos < pos:
            if not self.read(min(self.bufsize, pos - self.pos)):
                break
        return self.pos


class _PeekableSource:
    """A file object whose first bytes tell the compression of a 'r|*' stream."""

    def __init__(self, fileobj):
        self._f = fileobj
        self._head = fileobj.read(BLOCKSIZE)

    def read(self, n):
        if self._head:
            data, self._head = self._head[:n], self._head[n:]
            if len(data) < n:
                data += self._f.read(n - len(data))
            return data
        return self._f.read(n)

    def kind(self):
        head = self._head
        if head.startswith(b"\037\213\010"):
            return "gz"
        if head[0:3] == b"BZh" and head[4:10] == b"1AY&SY":
            return "bz2"
        if head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
            return "xz"
        return "tar"

    def close(self):
        self._f.close()


# --- reading one member's data ---

class _MemberData(io.RawIOBase):
    """The raw bytes of one member: a window [offset, offset + size) of the archive file."""

    def __init__(self, fileobj, offset, size, name):
        self._f = fileobj
        self._offset = offset
        self._size = size
        self._pos = 0
        self.name = name

    def readable(self):
        return True

    def seekable(self):
        return hasattr(self._f, "seekable") and self._f.seekable() \
            if not isinstance(self._f, _Stream) else False

    def tell(self):
        return self._pos

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self._pos + position
        elif whence == io.SEEK_END:
            target = self._size + position
        else:
            raise ValueError("Invalid argument")
        self._pos = max(0, min(target, self._size))
        return self._pos

    def readinto(self, b):
        view = memoryview(b).cast("B")
        n = min(len(view), self._size - self._pos)
        if n <= 0:
            return 0
        self._f.seek(self._offset + self._pos)
        data = self._f.read(n)
        if len(data) != n:
            raise ReadError("unexpected end of data")
        view[:n] = data
        self._pos += n
        return n


class ExFileObject(io.BufferedReader):
    """The buffered reader extractfile() returns, over a window of the archive's file."""

    def __init__(self, tarfile, tarinfo):
        raw = _MemberData(tarfile.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.name)
        super().__init__(raw)


# --- extraction filters (PEP 706) ---

class FilterError(TarError):
    """An extraction filter refused a member (its TarInfo is `tarinfo`)."""

    def _refuse(self, tarinfo, message, path=None):
        self.tarinfo = tarinfo
        if path is not None:
            self._path = path
        super().__init__(message)


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self._refuse(tarinfo, f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self._refuse(tarinfo, f'{tarinfo.name!r} would be extracted to {path!r}, '
                              'which is outside the destination', path)


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self._refuse(tarinfo, f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self._refuse(tarinfo, f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self._refuse(tarinfo, f'{tarinfo.name!r} would link to {path!r}, '
                              'which is outside the destination', path)


def _inside(path, root):
    return os.path.commonpath([path, root]) == root


def _filtered_changes(member, dest_path, for_data):
    """The attribute changes the 'tar' (for_data False) or 'data' filter makes to member;
    raises a FilterError for what it refuses."""
    changes = {}
    root = os.path.realpath(dest_path)
    name = member.name
    if name.startswith(('/', os.sep)):
        name = changes['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(root, name))
    if not _inside(target, root):
        raise OutsideDestinationError(member, target)
    mode = member.mode
    if mode is not None:
        mode &= 0o755          # no setuid/setgid/sticky, no group/other write
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes['mode'] = mode
    if for_data:
        for attr in ('uid', 'gid', 'uname', 'gname'):
            if getattr(member, attr) is not None:
                changes[attr] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                link = os.path.join(root, os.path.dirname(name), member.linkname)
            else:
                link = os.path.join(root, member.linkname)
            link = os.path.realpath(link)
            if not _inside(link, root):
                raise LinkOutsideDestinationError(member, link)
    return changes


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    changes = _filtered_changes(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    changes = _filtered_changes(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter,
                  "data": data_filter}

_KEEP = object()
_PAX_RECORD_LENGTH = re.compile(br"([0-9]{1,20}) ")


def _type_test(name, kinds):
    """A TarInfo method telling whether the member's type is one of kinds."""
    def test(self):
        return self.type in kinds
    test.__name__ = name
    test.__qualname__ = "TarInfo." + name
    return test


# The ustar header block: (field, offset, width, kind). Numbers are octal text (or GNU base-256),
# texts NUL-padded; the checksum sums the block with its own field read as eight spaces.
_LAYOUT = (
    ("name", 0, 100, "text"), ("mode", 100, 8, "number"), ("uid", 108, 8, "number"),
    ("gid", 116, 8, "number"), ("size", 124, 12, "number"), ("mtime", 136, 12, "number"),
    ("chksum", 148, 8, None), ("type", 156, 1, None), ("linkname", 157, 100, "text"),
    ("magic", 257, 8, None), ("uname", 265, 32, "text"), ("gname", 297, 32, "text"),
    ("devmajor", 329, 8, "number"), ("devminor", 337, 8, "number"),
    ("prefix", 345, 155, "text"),
)


class TarInfo(object):
    """The description of one archive member (the fields of its header)."""

    __slots__ = ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type", "linkname",
                 "uname", "gname", "devmajor", "devminor", "offset", "offset_data",
                 "pax_headers", "sparse", "_tarfile", "_sparse_structs", "_link_target")

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self._tarfile = None
        self._sparse_structs = None
        self._link_target = None

    @property
    def tarfile(self):
        import warnings
        warnings.warn('The undocumented "tarfile" attribute of TarInfo objects '
                      'is deprecated and will be removed in Python 3.16',
                      DeprecationWarning, stacklevel=2)
        return self._tarfile

    @tarfile.setter
    def tarfile(self, tarfile):
        import warnings
        warnings.warn('The undocumented "tarfile" attribute of TarInfo objects '
                      'is deprecated and will be removed in Python 3.16',
                      DeprecationWarning, stacklevel=2)
        self._tarfile = tarfile

    # pax's names for name and linkname.
    path = property(lambda self: self.name, lambda self, value: setattr(self, "name", value))
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value))

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True, _KEEP=_KEEP):
        """A copy (deep unless deep=False) with the given attributes changed."""
        result = copy.deepcopy(self) if deep else copy.copy(self)
        for attr, value in (("name", name), ("mtime", mtime), ("mode", mode),
                            ("linkname", linkname), ("uid", uid), ("gid", gid),
                            ("uname", uname), ("gname", gname)):
            if value is not _KEEP:
                setattr(result, attr, value)
        return result

    def get_info(self):
        """The header fields as a dict (a directory's name ends with '/')."""
        info = {
            "name": self.name,
            "mode": None if self.mode is None else self.mode & 0o7777,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header blocks of this member in format."""
        info = self.get_info()
        for field, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % field)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        blocks = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            blocks += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK,
                                                   encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            blocks += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME,
                                                   encoding, errors)
        return blocks + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A ustar header, preceded by a pax extended header with whatever ustar cannot hold
        (non-ASCII or long texts, numbers out of range, fractional times)."""
        info["magic"] = POSIX_MAGIC
        records = self.pax_headers.copy()
        for field, key, limit in (("name", "path", LENGTH_NAME),
                                  ("linkname", "linkpath", LENGTH_LINK),
                                  ("uname", "uname", 32), ("gname", "gname", 32)):
            if key in records:
                continue
            value = info[field]
            if not value.isascii() or len(value) > limit:
                records[key] = value
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[field]
            fractional = isinstance(value, float)
            whole = round(value) if fractional else value
            if not 0 <= whole < 8 ** (digits - 1):
                info[field] = 0
            elif fractional:
                info[field] = whole
            else:
                continue
            if field not in records:
                records[field] = str(value)
        head = self._create_pax_generic_header(records, XHDTYPE, encoding) if records else b""
        return head + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """(prefix, name) parts, split at a '/', that fit the ustar fields."""
        parts = name.split("/")
        for i in range(1, len(parts)):
            prefix, rest = "/".join(parts[:i]), "/".join(parts[i:])
            if len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and \
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME:
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One 512-byte header block from info."""
        if info.get("type") in (CHRTYPE, BLKTYPE):
            devmajor = itn(info.get("devmajor", 0), 8, format)
            devminor = itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = devminor = stn("", 8, encoding, errors)
        kind = info.get("type", REGTYPE)
        if kind is None:
            raise ValueError("TarInfo.type must not be None")
        parts = []
        for field, at, width, how in _LAYOUT:
            if field == "chksum":
                parts.append(b" " * 8)          # summed as spaces, filled in below
            elif field == "type":
                parts.append(kind)
            elif field == "magic":
                parts.append(info.get("magic", POSIX_MAGIC))
            elif field == "devmajor":
                parts.append(devmajor)
            elif field == "devminor":
                parts.append(devminor)
            elif how == "number":
                value = info.get(field, 0)
                parts.append(itn(value & 0o7777 if field == "mode" else value, width, format))
            else:
                parts.append(stn(info.get(field, ""), width, encoding, errors))
        block = b"".join(parts).ljust(BLOCKSIZE, NUL)
        checksum = calc_chksums(block)[0]
        # Six octal digits and a NUL; the field's eighth byte stays a space.
        return block[:148] + b"%06o" % checksum + NUL + block[155:]

    @staticmethod
    def _create_payload(payload):
        return payload + NUL * (_round_up(len(payload)) - len(payload))

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        """A GNU ././@LongLink header and the blocks holding name."""
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + cls._create_payload(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """A pax header block ('x' or 'g') and its "<length> <key>=<value>\\n" records."""
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = [b"21 hdrcharset=BINARY\n"] if binary else []
        for key, value in pax_headers.items():
            key = key.encode("utf-8")
            value = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
            body = len(key) + len(value) + 3          # ' ', '=' and '\n'
            # The length counts its own digits.
            length = body + len(str(body))
            if len(str(length)) != len(str(body)):
                length = body + len(str(length))
            records.append(b"%d %s=%s\n" % (length, key, value))
        data = b"".join(records)
        info = {"name": "././@PaxHeader", "type": type, "size": len(data),
                "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + \
            cls._create_payload(data)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        checksum = nti(buf[148:156])
        if checksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        fields = {}
        for field, at, width, kind in _LAYOUT:
            if kind == "text":
                fields[field] = nts(buf[at:at + width], encoding, errors)
            elif kind == "number":
                fields[field] = nti(buf[at:at + width])
        prefix = fields.pop("prefix")
        obj = cls()
        for field, value in fields.items():
            setattr(obj, field, value)
        obj.chksum = checksum
        obj.type = buf[156:157]
        # Version 7 tars mark a directory only by the trailing slash of its name.
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.type == GNUTYPE_SPARSE:
            structs = []
            for pos in range(386, 386 + 4 * 24, 24):
                try:
                    structs.append((nti(buf[pos:pos + 12]), nti(buf[pos + 12:pos + 24])))
                except ValueError:
                    break
            obj._sparse_structs = (structs, bool(buf[482]), nti(buf[483:495]))
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile (its extended headers applied)."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        following = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            following += self._block(self.size)
        tarfile.offset = following
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        following = self._next_header(tarfile)
        following.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            following.name = nts(data, tarfile.encoding, tarfile.errors)
        else:
            following.linkname = nts(data, tarfile.encoding, tarfile.errors)
        if following.isdir():
            following.name = following.name.removesuffix("/")
        return following

    def _proc_sparse(self, tarfile):
        structs, extended, original_size = self._sparse_structs
        del self._sparse_structs
        while extended:
            buf = tarfile.fileobj.read(BLOCKSIZE)
            for pos in range(0, 21 * 24, 24):
                try:
                    offset, numbytes = nti(buf[pos:pos + 12]), nti(buf[pos + 12:pos + 24])
                except ValueError:
                    break
                if offset and numbytes:
                    structs.append((offset, numbytes))
            extended = bool(buf[504])
        self.sparse = structs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = original_size
        return self

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        # A global header changes the archive's defaults, an extended one the next member.
        records = tarfile.pax_headers if self.type == XGLTYPE else tarfile.pax_headers.copy()
        raw = []
        charset = None
        pos = 0
        while pos < len(data) and data[pos] != 0:
            match = _PAX_RECORD_LENGTH.match(data, pos)
            if not match:
                raise InvalidHeaderError("invalid header")
            length = int(match.group(1))
            end = match.start(1) + length - 1        # where the record's '\n' must be
            if length < 5 or pos + length > len(data):
                raise InvalidHeaderError("invalid header")
            key, equals, value = data[match.end(1) + 1:end].partition(b"=")
            if not key or equals != b"=" or data[end] != 0x0A:
                raise InvalidHeaderError("invalid header")
            raw.append((key, value))
            if key == b"hdrcharset" and charset is None:
                charset = tarfile.encoding if value == b"BINARY" else "utf-8"
            pos += length
        charset = charset or "utf-8"
        for key, value in raw:
            key = self._decode_pax_field(key, "utf-8", "utf-8", tarfile.errors)
            if key in PAX_NAME_FIELDS:
                value = self._decode_pax_field(value, charset, tarfile.encoding, tarfile.errors)
            else:
                value = self._decode_pax_field(value, "utf-8", "utf-8", tarfile.errors)
            records[key] = value
        following = self._next_header(tarfile)
        if "GNU.sparse.map" in records:
            numbers = [int(x) for x in records["GNU.sparse.map"].split(",")]
            following.sparse = list(zip(numbers[::2], numbers[1::2]))
        elif "GNU.sparse.size" in records:
            offsets = [int(v) for k, v in raw if k == b"GNU.sparse.offset"]
            sizes = [int(v) for k, v in raw if k == b"GNU.sparse.numbytes"]
            following.sparse = list(zip(offsets, sizes))
        elif records.get("GNU.sparse.major") == "1" and records.get("GNU.sparse.minor") == "0":
            self._proc_gnusparse_10(following, records, tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            following._apply_pax_info(records, tarfile.encoding, tarfile.errors)
            following.offset = self.offset
            if "size" in records:
                after = following.offset_data
                if following.isreg() or following.type not in SUPPORTED_TYPES:
                    after += following._block(following.size)
                tarfile.offset = after
        return following

    def _proc_gnusparse_10(self, following, records, tarfile):
        fields = []
        buf = tarfile.fileobj.read(BLOCKSIZE)
        count, buf = buf.split(b"\n", 1)
        count = int(count)
        while len(fields) < count * 2:
            if b"\n" not in buf:
                buf += tarfile.fileobj.read(BLOCKSIZE)
            number, buf = buf.split(b"\n", 1)
            fields.append(int(number))
        following.offset_data = tarfile.fileobj.tell()
        following.sparse = list(zip(fields[::2], fields[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for key, value in pax_headers.items():
            if key == "GNU.sparse.name":
                self.path = value
            elif key in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(value)
            elif key in PAX_FIELDS:
                if key in PAX_NUMBER_FIELDS:
                    try:
                        value = PAX_NUMBER_FIELDS[key](value)
                    except ValueError:
                        value = 0
                if key == "path":
                    value = value.rstrip("/")
                setattr(self, key, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        return _round_up(count)

    # What kind of member this is.
    isreg = isfile = _type_test("isreg", REGULAR_TYPES)
    isdir = _type_test("isdir", (DIRTYPE,))
    issym = _type_test("issym", (SYMTYPE,))
    islnk = _type_test("islnk", (LNKTYPE,))
    ischr = _type_test("ischr", (CHRTYPE,))
    isblk = _type_test("isblk", (BLKTYPE,))
    isfifo = _type_test("isfifo", (FIFOTYPE,))
    isdev = _type_test("isdev", (CHRTYPE, BLKTYPE, FIFOTYPE))

    def issparse(self):
        return self.sparse is not None


_FILE_MODES = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}


class TarFile(object):
    """A tar archive opened for reading ('r'), appending ('a') or writing ('w', 'x')."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None, stream=False):
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        if not fileobj and mode == "a" and not os.path.exists(name):
            mode = "w"              # appending to nothing is writing
        self.mode, self._mode = mode, _FILE_MODES[mode]
        self._extfileobj = bool(fileobj)
        if fileobj:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            fileobj = io.open(name, self._mode)
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        self.stream = stream
        # Options left as None keep the class defaults.
        options = dict(format=format, tarinfo=tarinfo, dereference=dereference,
                       ignore_zeros=ignore_zeros, encoding=encoding, debug=debug,
                       errorlevel=errorlevel)
        for option, value in options.items():
            if value is not None:
                setattr(self, option, value)
        self.errors = errors
        self.pax_headers = {}
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.inodes = {}            # (inode, device) -> name stored, for hard links
        self.offset = self.fileobj.tell()
        try:
            self._start()
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _start(self):
        """Reads the first member ('r'), or every member ('a': new ones then overwrite the
        end-of-archive blocks); writing modes begin with the global pax header, if any."""
        if self.mode == "r":
            self.firstmember = None
            self.firstmember = self.next()
            return
        if self.mode == "a":
            while True:
                self.fileobj.seek(self.offset)
                try:
                    self.members.append(self.tarinfo.fromtarfile(self))
                except EOFHeaderError:
                    self.fileobj.seek(self.offset)
                    break
                except HeaderError as e:
                    raise ReadError(str(e)) from None
        self._loaded = True
        if self.pax_headers:
            head = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
            self.fileobj.write(head)
            self.offset += len(head)

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Opens an archive: mode is 'r', 'r:*', 'r:', 'r:gz', 'a', 'w', 'w:gz', 'x', ... or a
        stream mode 'r|*', 'r|', 'r|gz', 'w|', 'w|gz'."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            # Compressed kinds first, plain tar last.
            kinds = sorted(cls.OPEN_METH, key=lambda k: cls.OPEN_METH[k] == "taropen")
            failures = []
            for kind in kinds:
                opener = getattr(cls, cls.OPEN_METH[kind])
                saved = fileobj.tell() if fileobj is not None else None
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append(f'- method {kind}: {e!r}')
                    if fileobj is not None:
                        fileobj.seek(saved)
            summary = "\n".join(failures)
            raise ReadError(f"file could not be opened successfully:\n{summary}")
        if ":" in mode:
            filemode, kind = mode.split(":", 1)
            filemode = filemode or "r"
            kind = kind or "tar"
            if kind not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % kind)
            return getattr(cls, cls.OPEN_METH[kind])(name, filemode, fileobj, **kwargs)
        if "|" in mode:
            filemode, kind = mode.split("|", 1)
            filemode = filemode or "r"
            kind = kind or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            level = kwargs.pop("compresslevel", 9)
            stream = _Stream(name, filemode, kind, fileobj, bufsize, level)
            try:
                archive = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            archive._extfileobj = False
            return archive
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            fileobj = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        try:
            archive = cls.taropen(name, mode, fileobj, **kwargs)
        except OSError as e:
            fileobj.close()
            if mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        except:
            fileobj.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        opener = cls._compressed_file_class(mode, "bz2", "BZ2File")
        fileobj = opener(fileobj or name, mode, compresslevel=compresslevel)
        return cls._open_compressed(name, mode, fileobj, (OSError, EOFError),
                                    "not a bzip2 file", kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        opener = cls._compressed_file_class(mode, "lzma", "LZMAFile")
        fileobj = opener(fileobj or name, mode, preset=preset)
        import lzma
        return cls._open_compressed(name, mode, fileobj, (lzma.LZMAError, EOFError),
                                    "not an lzma file", kwargs)

    @staticmethod
    def _compressed_file_class(mode, module, name):
        """module.name (BZ2File, LZMAFile), or CompressionError when the module is missing."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            return getattr(__import__(module), name)
        except ImportError:
            raise CompressionError("%s module is not available" % module) from None

    @classmethod
    def _open_compressed(cls, name, mode, fileobj, unreadable, message, kwargs):
        try:
            archive = cls.taropen(name, mode, fileobj, **kwargs)
        except unreadable as e:
            fileobj.close()
            if mode == 'r':
                raise ReadError(message) from e
            raise
        except:
            fileobj.close()
            raise
        archive._extfileobj = False
        return archive

    def close(self):
        """Closes the archive; in 'a', 'w' and 'x' modes two zero blocks end it, padded to a
        whole record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                rest = self.offset % RECORDSIZE
                if rest:
                    self.fileobj.write(NUL * (RECORDSIZE - rest))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        member = self._getmember(name.rstrip('/'))
        if member is None:
            raise KeyError("filename %r not found" % name)
        return member

    def getmembers(self):
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        return [member.name for member in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file name (or the open file fileobj), named arcname."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        info = self.tarinfo()
        info._tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        else:
            st = os.stat(name) if self.dereference else os.lstat(name)
        linkname = ""
        mode = st.st_mode
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            if not self.dereference and st.st_nlink > 1 and inode in self.inodes and \
                    arcname != self.inodes[inode]:
                # A second name of a file already stored becomes a hard link to it.
                kind = LNKTYPE
                linkname = self.inodes[inode]
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        info.name = arcname
        info.mode = mode
        info.uid = st.st_uid
        info.gid = st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        if pwd:
            try:
                info.uname = pwd.getpwuid(info.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                info.gname = grp.getgrgid(info.gid)[0]
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            info.devmajor = os.major(st.st_rdev)
            info.devminor = os.minor(st.st_rdev)
        return info

    def list(self, verbose=True, *, members=None):
        """Prints the members, `ls -l` style when verbose."""
        kind_bits = {REGTYPE: stat.S_IFREG, SYMTYPE: stat.S_IFLNK, FIFOTYPE: stat.S_IFIFO,
                     CHRTYPE: stat.S_IFCHR, DIRTYPE: stat.S_IFDIR, BLKTYPE: stat.S_IFBLK}
        self._check()
        for member in (self if members is None else members):
            if verbose:
                if member.mode is None:
                    _safe_print("??????????")
                else:
                    _safe_print(stat.filemode(kind_bits.get(member.type, 0) | member.mode))
                _safe_print("%s/%s" % (member.uname or member.uid, member.gname or member.gid))
                if member.ischr() or member.isblk():
                    _safe_print("%10s" % ("%d,%d" % (member.devmajor, member.devminor)))
                else:
                    _safe_print("%10d" % member.size)
                if member.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6])
            _safe_print(member.name + ("/" if member.isdir() else ""))
            if verbose:
                if member.issym():
                    _safe_print("-> " + member.linkname)
                if member.islnk():
                    _safe_print("link to " + member.linkname)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Adds the file, directory (recursively, entries sorted), link or special file at
        name; filter may change each TarInfo or return None to leave the member out."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        info = self.gettarinfo(name, arcname)
        if info is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if info.isreg():
            with io.open(name, "rb") as f:
                self.addfile(info, f)
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                             recursive, filter=filter)
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        """Writes tarinfo's header, then tarinfo.size bytes of fileobj padded to a block."""
        self._check("awx")
        if fileobj is None and tarinfo.isreg() and tarinfo.size != 0:
            raise ValueError("fileobj not provided for non zero-size regular file")
        tarinfo = copy.copy(tarinfo)
        head = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            padded = _round_up(tarinfo.size)
            if padded > tarinfo.size:
                self.fileobj.write(NUL * (padded - tarinfo.size))
            self.offset += padded
        self.members.append(tarinfo)

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                import warnings
                warnings.warn('Python 3.14 will, by default, filter extracted tar '
                              'archives and reject files or modify their metadata. '
                              'Use the filter argument to control this behavior.',
                              DeprecationWarning, stacklevel=3)
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError('String names are not supported for '
                                'TarFile.extraction_filter. Use a function such as '
                                'tarfile.data_filter directly.')
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extracts the members under path; directories get their attributes last, deepest
        first, so extracting their contents cannot be refused by their modes."""
        check = self._get_filter_function(filter)
        directories = []
        for member in (self if members is None else members):
            info = self._get_extract_tarinfo(member, check, path)
            if info is None:
                continue
            if info.isdir():
                directories.append(info)
            self._extract_one(info, path, set_attrs=not info.isdir(),
                              numeric_owner=numeric_owner)
        directories.sort(key=lambda d: d.name, reverse=True)
        for info in directories:
            where = os.path.join(path, info.name)
            try:
                self.chown(info, where, numeric_owner=numeric_owner)
                self.utime(info, where)
                self.chmod(info, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        check = self._get_filter_function(filter)
        info = self._get_extract_tarinfo(member, check, path)
        if info is not None:
            self._extract_one(info, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, check, path):
        original = self.getmember(member) if isinstance(member, str) else member
        info = original
        try:
            info = check(original, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if info is None:
            self._dbg(2, "tarfile: Excluded %r" % original.name)
            return None
        if info.islnk():
            info = copy.copy(info)
            info._link_target = os.path.join(path, info.linkname)
        return info

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs, numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if isinstance(e, OSError):
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        else:
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))

    def extractfile(self, member):
        """A binary file object reading the member's data (a link's target's), or None for
        members without data."""
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(info))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent, exist_ok=True)
        linked = tarinfo.islnk() or tarinfo.issym()
        self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname) if linked else tarinfo.name)
        self._maker_for(tarinfo)(tarinfo, targetpath)
        if not set_attrs:
            return
        self.chown(tarinfo, targetpath, numeric_owner)
        if not tarinfo.issym():      # a link's own mode and time are left to the system
            self.chmod(tarinfo, targetpath)
            self.utime(tarinfo, targetpath)

    def _maker_for(self, info):
        """The make*() method that creates info's kind of file."""
        if info.isreg():
            return self.makefile
        if info.isdir():
            return self.makedir
        if info.isfifo():
            return self.makefifo
        if info.ischr() or info.isblk():
            return self.makedev
        if info.islnk() or info.issym():
            return self.makelink
        return self.makefile if info.type in SUPPORTED_TYPES else self.makeunknown

    def makedir(self, tarinfo, targetpath):
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                # Owner-only until extractall sets the real mode at the end.
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with io.open(targetpath, "wb") as target:
            if tarinfo.sparse is not None:
                for offset, size in tarinfo.sparse:
                    target.seek(offset)
                    copyfileobj(source, target, size, ReadError, self.copybufsize)
                target.seek(tarinfo.size)
                target.truncate()
            else:
                copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file."
                  % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """A symbolic or hard link; where links cannot be made, a copy of the target member."""
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except symlink_exception:
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        if not (hasattr(os, "geteuid") and os.geteuid() == 0):
            return
        gid, uid = tarinfo.gid, tarinfo.uid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        gid = -1 if gid is None else gid
        uid = -1 if uid is None else uid
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except (OSError, OverflowError) as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        if tarinfo.mtime is None or not hasattr(os, 'utime'):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    def next(self):
        """The next member, or None at the end of the archive."""
        self._check("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        # extractfile() and friends move the file: go back to where the last member ended.
        if self.fileobj.tell() != self.offset:
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        member = self._read_member()
        if member is None:
            self._loaded = True
        elif not self.stream:
            self.members.append(member)
        return member

    def _read_member(self):
        """The TarInfo at self.offset, or None where the archive ends. A bad first header means
        the input is no archive; with ignore_zeros, zero and bad blocks are skipped."""
        while True:
            first = self.offset == 0
            try:
                return self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if first and isinstance(e, InvalidHeaderError):
                    raise ReadError(str(e)) from None
                return None
            except EmptyHeaderError:
                if first:
                    raise ReadError("empty file") from None
                return None
            except TruncatedHeaderError as e:
                if first:
                    raise ReadError(str(e)) from None
                return None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                import zlib
                if isinstance(e, zlib.error):
                    raise ReadError(f'zlib error: {e}') from None
                raise

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member named name (before tarinfo, when given)."""
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                members = members[:members.index(tarinfo)]
            except ValueError:
                skipping = True
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if tarinfo.offset == member.offset:
                    skipping = False
                continue
            candidate = os.path.normpath(member.name) if normalize else member.name
            if candidate == name:
                return member
        if skipping:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        if not self.stream:
            while self.next() is not None:
                pass
            self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        """The members in archive order, reading headers only as far as the loop goes."""
        if self._loaded:
            yield from self.members
            return
        position = 0
        if self.firstmember is not None:
            position = 1
            yield self.next()
        while True:
            if position < len(self.members):
                member = self.members[position]
            elif self._loaded:
                return
            else:
                member = self.next()
                if not member:
                    self._loaded = True
                    return
            position += 1
            yield member

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # After an error no end-of-archive blocks are written.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    """True if name (a path or a file object) can be read as a tar archive."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            archive = open(fileobj=name)
            name.seek(pos)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open


_SUFFIX_COMPRESSION = {'.gz': 'gz', '.tgz': 'gz', '.xz': 'xz', '.txz': 'xz', '.bz2': 'bz2',
                       '.tbz': 'bz2', '.tbz2': 'bz2', '.tb2': 'bz2'}


def _cli_parser():
    import argparse
    parser = argparse.ArgumentParser(description='A simple command-line interface for '
                                                 'tarfile module.')
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='Verbose output')
    parser.add_argument('--filter', metavar='<filtername>', choices=_NAMED_FILTERS,
                        help='Filter for extraction')
    actions = parser.add_mutually_exclusive_group(required=True)
    actions.add_argument('-l', '--list', metavar='<tarfile>', help='Show listing of a tarfile')
    actions.add_argument('-e', '--extract', nargs='+', metavar=('<tarfile>', '<output_dir>'),
                         help='Extract tarfile into target dir')
    actions.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                         help='Create tarfile from sources')
    actions.add_argument('-t', '--test', metavar='<tarfile>', help='Test if a tarfile is valid')
    return parser


def main():
    """python -m tarfile: -l, -e, -c or -t (see -h)."""
    parser = _cli_parser()
    args = parser.parse_args()
    if args.filter and args.extract is None:
        parser.exit(1, '--filter is only valid for extraction\n')

    def require_archive(path):
        if not is_tarfile(path):
            parser.exit(1, '{!r} is not a tar archive.\n'.format(path))

    if args.create is not None:
        target, *sources = args.create
        suffix = os.path.splitext(target)[1]
        mode = 'w:' + _SUFFIX_COMPRESSION[suffix] if suffix in _SUFFIX_COMPRESSION else 'w'
        with TarFile.open(target, mode) as archive:
            for source in sources:
                archive.add(source)
        if args.verbose:
            print('{!r} file created.'.format(target))
    elif args.test is not None:
        require_archive(args.test)
        with open(args.test, 'r') as archive:
            archive.getmembers()
            print(archive.getmembers(), file=sys.stderr)
        if args.verbose:
            print('{!r} is a tar archive.'.format(args.test))
    elif args.list is not None:
        require_archive(args.list)
        with TarFile.open(args.list, 'r:*') as archive:
            archive.list(verbose=args.verbose)
    else:
        if len(args.extract) > 2:
            parser.exit(1, parser.format_help())
        source = args.extract[0]
        where = args.extract[1] if len(args.extract) == 2 else os.curdir
        require_archive(source)
        with TarFile.open(source, 'r:*') as archive:
            archive.extractall(path=where, filter=args.filter)
        if args.verbose:
            if where == '.':
                print('{!r} file is extracted.'.format(source))
            else:
                print('{!r} file is extracted into {!r} directory.'.format(source, where))


if __name__ == '__main__':
    main()
