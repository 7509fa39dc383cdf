"""Generic interface to the key-value "database" modules: dbm.sqlite3 (the default for new
databases, as in CPython 3.13) and dbm.dumb. dbm.gnu and dbm.ndbm (C libraries) are not
available here; whichdb() still recognises their files.

Written from the library documentation. open(file, flag='r', mode=0o666) opens an existing
database with the module whichdb() names, or creates one ('c', 'n') with the default module.
"""

import io
import os
import struct
import sys

__all__ = ["open", "whichdb", "error"]


class error(Exception):
    pass


_names = ["dbm.sqlite3", "dbm.gnu", "dbm.ndbm", "dbm.dumb"]
_defaultmod = None
_modules = {}

# dbm.error is a tuple: this module's error, OSError, and each available module's error.
error = (error, OSError)


def _available_modules():
    global _defaultmod, error
    if _defaultmod is None:
        found = []
        for name in _names:
            try:
                mod = __import__(name, fromlist=["open"])
            except ImportError:
                continue
            _modules[name] = mod
            found.append(mod)
            if mod.error not in error:
                error = error + (mod.error,)
        if not found:
            raise ImportError(f"no dbm clone found; tried {_names}")
        _defaultmod = found[0]
    return _defaultmod


def open(file, flag="r", mode=0o666):
    """Open the database file: flag 'r' (read only, the default), 'w' (read-write), 'c'
    (read-write, created if missing) or 'n' (a new, empty database)."""
    default = _available_modules()
    kind = whichdb(file) if "n" not in flag else None
    if kind is None:
        if "c" in flag or "n" in flag:
            mod = default
        else:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0](f"db type is {kind}, but the module is not available")
    else:
        mod = _modules[kind]
    return mod.open(file, flag, mode)


def whichdb(filename):
    """The name of the module that made the database file ('dbm.sqlite3', 'dbm.dumb',
    'dbm.gnu', 'dbm.ndbm'), '' for a file of no known kind, None if it cannot be read."""
    filename = os.fsencode(filename)
    filename = os.fsdecode(filename)

    # dbm.ndbm: file.pag + file.dir, or a Berkeley DB file.db
    try:
        with io.open(filename + ".pag", "rb"):
            pass
        with io.open(filename + ".dir", "rb"):
            pass
        return "dbm.ndbm"
    except OSError:
        try:
            with io.open(filename + ".db", "rb"):
                pass
            if _ndbm_library() is not None:
                return "dbm.ndbm"
        except OSError:
            pass

    # dbm.dumb: file.dat + file.dir, the index empty or starting with a quoted key
    try:
        os.stat(filename + ".dat")
        size = os.stat(filename + ".dir").st_size
        if size == 0:
            return "dbm.dumb"
        with io.open(filename + ".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass

    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if head.startswith(b"SQLite format 3\0"):
        return "dbm.sqlite3"
    if len(head) < 4:
        return ""
    (magic,) = struct.unpack("=l", head[:4])
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    if len(head) >= 16:
        (magic,) = struct.unpack("=l", head[12:16])
        if magic == 0x061561:  # Berkeley DB hash
            return ""
    return ""


def _ndbm_library():
    return None


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)
