"""dbm.dumb: a slow, portable dbm in plain files, compatible with CPython's.

Written from the library documentation and the files CPython writes. A database `base` is
base.dat (each value at an offset that is a multiple of 512 bytes) and base.dir (the index: one
line `'key', (offset, size)` per key, the key as a Latin-1 str); base.bak keeps the previous
index while a new one is written. New keys are appended to the index at once; changes to
existing keys and deletions rewrite it on sync()/close().
"""

import ast as _ast
import collections.abc
import io as _io
import os as _os

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


def _as_bytes(x, what):
    if isinstance(x, str):
        return x.encode("utf-8")
    if not isinstance(x, (bytes, bytearray)):
        raise TypeError(f"{what} must be bytes or strings")
    return bytes(x)


class _Database(collections.abc.MutableMapping):

    def __init__(self, base, mode, flag):
        self._mode = mode
        self._readonly = flag == "r"
        base = _os.fsencode(base)
        self._dirfile = _os.fsdecode(base + b".dir")
        self._datfile = _os.fsdecode(base + b".dat")
        self._bakfile = _os.fsdecode(base + b".bak")
        self._index = None
        self._open_data(flag)
        self._load_index(flag)

    def _open_data(self, flag):
        if flag == "n":
            for name in (self._dirfile, self._bakfile):
                try:
                    _os.remove(name)
                except OSError:
                    pass
        try:
            with _io.open(self._datfile, "r", encoding="Latin-1"):
                pass
        except OSError:
            if flag not in ("c", "n"):
                raise
            with _io.open(self._datfile, "w", encoding="Latin-1"):
                self._chmod(self._datfile)

    def _load_index(self, flag):
        self._modified = False
        self._index = {}
        try:
            f = _io.open(self._dirfile, "r", encoding="Latin-1")
        except OSError:
            if flag not in ("c", "n"):
                raise
            self._modified = True
            return
        with f:
            for line in f:
                line = line.rstrip()
                if line:
                    key, where = _ast.literal_eval(line)
                    self._index[key.encode("Latin-1")] = where

    def _chmod(self, path):
        try:
            _os.chmod(path, self._mode)
        except OSError:
            pass

    def _commit(self):
        """Write the index (keeping the old one as .bak while the new one is written)."""
        if self._index is None or not self._modified:
            return
        try:
            _os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            _os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with _io.open(self._dirfile, "w", encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            for key, where in self._index.items():
                f.write(f"{key.decode('Latin-1')!r}, {where!r}\n")
        self._modified = False

    sync = _commit

    def _check_open(self):
        if self._index is None:
            raise error("DBM object has already been closed")

    def _check_writable(self):
        if self._readonly:
            raise error("The database is opened for reading only")

    def __getitem__(self, key):
        key = key.encode("utf-8") if isinstance(key, str) else key
        self._check_open()
        offset, size = self._index[key]
        with _io.open(self._datfile, "rb") as f:
            f.seek(offset)
            return f.read(size)

    def _append_value(self, value):
        """Writes value at the first block boundary after the end of the data file."""
        with _io.open(self._datfile, "rb+") as f:
            f.seek(0, 2)
            end = f.tell()
            offset = (end + _BLOCKSIZE - 1) // _BLOCKSIZE * _BLOCKSIZE
            f.write(b"\0" * (offset - end))
            f.write(value)
        return offset, len(value)

    def _overwrite_value(self, offset, value):
        with _io.open(self._datfile, "rb+") as f:
            f.seek(offset)
            f.write(value)
        return offset, len(value)

    def __setitem__(self, key, value):
        self._check_writable()
        key = _as_bytes(key, "keys")
        value = _as_bytes(value, "values")
        self._check_open()
        self._modified = True
        if key not in self._index:
            where = self._append_value(value)
            self._index[key] = where
            with _io.open(self._dirfile, "a", encoding="Latin-1") as f:
                self._chmod(self._dirfile)
                f.write(f"{key.decode('Latin-1')!r}, {where!r}\n")
            return
        offset, size = self._index[key]
        blocks_had = (size + _BLOCKSIZE - 1) // _BLOCKSIZE
        blocks_need = (len(value) + _BLOCKSIZE - 1) // _BLOCKSIZE
        if blocks_need <= blocks_had:
            self._index[key] = self._overwrite_value(offset, value)
        else:
            self._index[key] = self._append_value(value)

    def __delitem__(self, key):
        self._check_writable()
        key = key.encode("utf-8") if isinstance(key, str) else key
        self._check_open()
        self._modified = True
        del self._index[key]
        # the space in the data file is not reused; the index is written at once
        self._commit()

    def keys(self):
        self._check_open()
        return list(self._index)

    def items(self):
        self._check_open()
        return [(key, self[key]) for key in self._index]

    def __contains__(self, key):
        key = key.encode("utf-8") if isinstance(key, str) else key
        self._check_open()
        return key in self._index

    def __iter__(self):
        self._check_open()
        return iter(list(self._index))

    def __len__(self):
        self._check_open()
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(file, flag="c", mode=0o666):
    """Open the dumb database `file` (file.dat, file.dir): flag 'r' (read only), 'w'
    (read-write), 'c' (created if missing, the default) or 'n' (new and empty); mode, masked by
    the umask, is the mode of files created."""
    try:
        um = _os.umask(0)
        _os.umask(um)
    except AttributeError:
        um = 0
    else:
        mode &= ~um
    if flag not in ("r", "w", "c", "n"):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag)
