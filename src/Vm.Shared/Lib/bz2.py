"""Reading and writing bzip2-compressed data (written for the FreeThreaded VM from the documented
interface of CPython's bz2 module): BZ2File, open, compress, decompress and the incremental
BZ2Compressor / BZ2Decompressor of the native _bz2 module."""

from _bz2 import BZ2Compressor, BZ2Decompressor
import _compression

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress", "decompress"]


class BZ2File(_compression.CompressedFile):
    """A file object giving access to a bzip2-compressed file (binary modes r, w, x, a)."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not (1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        self._open(filename, mode, lambda: BZ2Compressor(compresslevel), BZ2Decompressor, OSError)


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a bzip2-compressed file in binary or text mode ('rb', 'wt', 'xb', 'at', ...)."""
    return _compression.open_file(lambda f, m: BZ2File(f, m, compresslevel=compresslevel),
                                  filename, mode, encoding, errors, newline)


def compress(data, compresslevel=9):
    """Compress a block of data in one call."""
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    """Decompress a block of data (all of its concatenated streams)."""
    result = _compression.decompress_all(data, BZ2Decompressor, OSError)
    if result is None:
        raise ValueError("Compressed data ended before the end-of-stream marker was reached")
    return result
