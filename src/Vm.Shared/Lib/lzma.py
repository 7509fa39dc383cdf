"""Reading and writing LZMA/XZ-compressed data (written for the FreeThreaded VM from the documented
interface of CPython's lzma module).

The containers are .xz (FORMAT_XZ), the legacy .lzma (FORMAT_ALONE) and raw streams (FORMAT_RAW,
one LZMA1 or LZMA2 filter); FORMAT_AUTO reads .xz and .lzma. The codec is the native _lzma module:
this module checks arguments and filter specifications as CPython does and keeps the file objects.
Filters other than LZMA1/LZMA2 (delta, BCJ) raise LZMAError: the VM's codec has no encoder for them.
"""

from _lzma import LZMAError, is_check_supported, _Encoder, _Decoder
import _compression

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256", "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64", "FILTER_ARM",
    "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC", "FORMAT_AUTO", "FORMAT_XZ",
    "FORMAT_ALONE", "FORMAT_RAW", "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4", "MODE_FAST",
    "MODE_NORMAL", "PRESET_DEFAULT", "PRESET_EXTREME", "LZMACompressor", "LZMADecompressor",
    "LZMAFile", "LZMAError", "open", "compress", "decompress", "is_check_supported",
]

FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW = 0, 1, 2, 3
CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256 = 0, 1, 4, 10
CHECK_ID_MAX, CHECK_UNKNOWN = 15, 16
FILTER_LZMA1 = 0x4000000000000001
FILTER_LZMA2 = 0x21
FILTER_DELTA = 0x03
FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC = 4, 5, 6, 7, 8, 9
MF_HC3, MF_HC4, MF_BT2, MF_BT3, MF_BT4 = 0x03, 0x04, 0x12, 0x13, 0x14
MODE_FAST, MODE_NORMAL = 1, 2
PRESET_DEFAULT = 6
PRESET_EXTREME = 0x80000000

_DICT_SIZES = [1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24, 1 << 25, 1 << 26]
_LZMA_KEYS = {"id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"}
_OTHER_FILTERS = {FILTER_DELTA, FILTER_X86, FILTER_POWERPC, FILTER_IA64, FILTER_ARM,
                  FILTER_ARMTHUMB, FILTER_SPARC}


def _preset_options(preset, in_filter=False):
    level = preset & ~PRESET_EXTREME
    if preset < 0 or level > 9 or preset > 0xFFFFFFFF:
        if in_filter:
            raise LZMAError("Invalid compression preset: %d" % preset)
        raise LZMAError("Invalid or unsupported options")
    nice = 128 if preset & PRESET_EXTREME else (64 if level >= 7 else 32)
    return {"dict_size": _DICT_SIZES[level], "lc": 3, "lp": 0, "pb": 2, "nice_len": nice}


def _lzma_options(spec):
    """(filter id, options dict) of one filter specifier."""
    try:
        fid = spec["id"]
    except (KeyError, TypeError):
        raise ValueError('Filter specifier must have an "id" entry') from None
    if fid in (FILTER_LZMA1, FILTER_LZMA2):
        if not set(spec) <= _LZMA_KEYS:
            raise ValueError("Invalid filter specifier for LZMA filter")
        options = _preset_options(spec.get("preset", PRESET_DEFAULT), True)
        for key in ("dict_size", "lc", "lp", "pb", "nice_len"):
            if key in spec:
                options[key] = spec[key].__index__()
        if options["lc"] > 4 or options["lp"] > 4 or options["pb"] > 4 or min(options.values()) < 0:
            raise LZMAError("Invalid or unsupported options")
        if fid == FILTER_LZMA2 and options["lc"] + options["lp"] > 4:
            raise LZMAError("Invalid or unsupported options")
        return fid, options
    if fid in _OTHER_FILTERS:
        raise LZMAError("Filter %#x is not supported by this VM's lzma codec (only LZMA1 and LZMA2)" % fid)
    raise ValueError("Invalid filter ID: %d" % fid)


def _chain(filters, need):
    """The options of a filter chain made of one `need` filter (the VM's codec has no others)."""
    specs = list(filters)
    if not specs or len(specs) > 4:
        raise ValueError("Invalid filter chain: expected 1 to 4 filters")
    parsed = [_lzma_options(spec) for spec in specs]
    fid, options = parsed[-1]
    if len(parsed) > 1 or fid not in need:
        raise LZMAError("Invalid or unsupported options")
    return fid, options


class LZMACompressor:
    """LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)"""

    def __init__(self, format=FORMAT_XZ, check=-1, preset=None, filters=None):
        if format != FORMAT_XZ and check not in (-1, CHECK_NONE):
            raise ValueError("Integrity checks are only supported by FORMAT_XZ")
        if preset is not None and filters is not None:
            raise ValueError("Cannot specify both preset and filter chain")
        if format == FORMAT_XZ:
            check = CHECK_CRC64 if check == -1 else check
            if not is_check_supported(check):
                raise LZMAError("Unsupported integrity check")
            need = (FILTER_LZMA2,)
        elif format == FORMAT_ALONE:
            check = CHECK_NONE
            need = (FILTER_LZMA1,)
        elif format == FORMAT_RAW:
            if filters is None:
                raise ValueError("Must specify filters for FORMAT_RAW")
            check = CHECK_NONE
            need = (FILTER_LZMA1, FILTER_LZMA2)
        else:
            raise ValueError("Invalid container format: %d" % format)
        if filters is None:
            fid = need[0]
            options = _preset_options(PRESET_DEFAULT if preset is None else preset)
        else:
            fid, options = _chain(filters, need)
        if (options["lc"], options["lp"], options["pb"]) != (3, 0, 2):
            raise LZMAError("Invalid or unsupported options: this VM's LZMA encoder writes lc=3 lp=0 pb=2 only")
        self._encoder = _Encoder(format, check, fid, options["dict_size"], options["nice_len"])

    def compress(self, data, /):
        return self._encoder.compress(data)

    def flush(self):
        return self._encoder.flush()

    def __reduce__(self):
        raise TypeError("cannot pickle %r object" % type(self).__name__)


class LZMADecompressor:
    """LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)"""

    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        if memlimit is not None and format == FORMAT_RAW:
            raise ValueError("Cannot specify memory limit with FORMAT_RAW")
        if format == FORMAT_RAW and filters is None:
            raise ValueError("Must specify filters for FORMAT_RAW")
        if format != FORMAT_RAW and filters is not None:
            raise ValueError("Cannot specify filters except with FORMAT_RAW")
        if format not in (FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError("Invalid container format: %d" % format)
        fid, options = FILTER_LZMA2, _preset_options(PRESET_DEFAULT)
        if filters is not None:
            fid, options = _chain(filters, (FILTER_LZMA1, FILTER_LZMA2))
        limit = -1 if memlimit is None else memlimit.__index__()
        self._decoder = _Decoder(format, limit, fid, options["dict_size"], options["lc"],
                                 options["lp"], options["pb"])

    def decompress(self, data, max_length=-1):
        return self._decoder.decompress(data, max_length)

    @property
    def check(self):
        return self._decoder.check

    @property
    def eof(self):
        return self._decoder.eof

    @property
    def unused_data(self):
        return self._decoder.unused_data

    @property
    def needs_input(self):
        return self._decoder.needs_input

    def __reduce__(self):
        raise TypeError("cannot pickle %r object" % type(self).__name__)


def _encode_filter_properties(spec):
    """The encoded properties of an LZMA1/LZMA2 filter (as in .7z and zip headers)."""
    fid, options = _lzma_options(spec)
    dict_size = options["dict_size"]
    if fid == FILTER_LZMA1:
        first = (options["pb"] * 5 + options["lp"]) * 9 + options["lc"]
        return bytes([first]) + dict_size.to_bytes(4, "little")
    for b in range(40):
        if (2 | (b & 1)) << (b // 2 + 11) >= dict_size:
            return bytes([b])
    return bytes([40])


def _decode_filter_properties(filter_id, encoded_props):
    """The filter specifier that encoded properties describe."""
    props = bytes(encoded_props)
    if filter_id == FILTER_LZMA1:
        if len(props) != 5 or props[0] >= 225:
            raise LZMAError("Invalid or unsupported options")
        rest, lc = divmod(props[0], 9)
        pb, lp = divmod(rest, 5)
        return {"id": filter_id, "lc": lc, "lp": lp, "pb": pb,
                "dict_size": int.from_bytes(props[1:], "little")}
    if filter_id == FILTER_LZMA2:
        if len(props) != 1 or props[0] > 40:
            raise LZMAError("Invalid or unsupported options")
        b = props[0]
        size = 0xFFFFFFFF if b == 40 else (2 | (b & 1)) << (b // 2 + 11)
        return {"id": filter_id, "dict_size": size}
    _lzma_options({"id": filter_id})
    raise LZMAError("Invalid or unsupported options")


class LZMAFile(_compression.CompressedFile):
    """A file object giving access to an LZMA/XZ-compressed file (binary modes r, w, x, a)."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1, preset=None, filters=None):
        if _compression.parse_mode(mode) == "r":
            if check != -1:
                raise ValueError("Cannot specify an integrity check when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
            new_decompressor = lambda: LZMADecompressor(format=format, filters=filters)
            self._open(filename, mode, None, new_decompressor, LZMAError)
        else:
            if format is None:
                format = FORMAT_XZ
            LZMACompressor(format=format, check=check, preset=preset, filters=filters)
            new_compressor = lambda: LZMACompressor(format=format, check=check, preset=preset, filters=filters)
            self._open(filename, mode, new_compressor, None, LZMAError)


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """Open an LZMA-compressed file in binary or text mode ('rb', 'wt', 'xb', 'at', ...)."""
    def binary(f, m):
        return LZMAFile(f, m, format=format, check=check, preset=preset, filters=filters)
    return _compression.open_file(binary, filename, mode, encoding, errors, newline)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """Compress a block of data in one call."""
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompress a block of data (all of its concatenated streams)."""
    result = None
    if data:
        result = _compression.decompress_all(
            data, lambda: LZMADecompressor(format, memlimit, filters), LZMAError)
    if result is None:
        raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
    return result
