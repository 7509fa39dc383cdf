"""dbm.sqlite3: a dbm database in an SQLite file (CPython 3.13's default dbm).

Written from the library documentation. The file holds one table, Dict(key BLOB UNIQUE NOT
NULL, value BLOB NOT NULL), the layout CPython uses, so either can open the other's files.
Keys and values come back as bytes; str keys and values are stored as their UTF-8 encoding.
"""

import os
import sqlite3
from collections.abc import MutableMapping
from pathlib import Path

__all__ = ["error", "open"]


class error(OSError):
    pass


_TABLE = "CREATE TABLE IF NOT EXISTS Dict (key BLOB UNIQUE NOT NULL, value BLOB NOT NULL)"
_URI_MODES = {"r": "ro", "w": "rw", "c": "rwc", "n": "rwc"}


class _Database(MutableMapping):
    """The open database: a mutable mapping of bytes to bytes."""

    def __init__(self, path, /, *, flag, mode):
        if getattr(self, "_opened", False):
            raise error("DBM object does not support reinitialization")
        self._opened = True
        self._cx = None
        if flag not in _URI_MODES:
            raise ValueError(f"Flag must be one of 'r', 'w', 'c', or 'n', not {flag!r}")
        path = Path(os.fsdecode(path))
        if flag in ("c", "n"):
            path.touch(mode=mode, exist_ok=True)
        uri = path.absolute().as_uri().replace("?", "%3f").replace("#", "%23")
        try:
            self._cx = sqlite3.connect(f"{uri}?mode={_URI_MODES[flag]}", uri=True, isolation_level=None)
        except sqlite3.Error as exc:
            raise error(str(exc)) from None
        if flag != "r":
            # write-ahead logging: readers go on while a writer commits
            self._run("PRAGMA journal_mode = wal")
            self._run(_TABLE)
            if flag == "n":
                self._run("DELETE FROM Dict")

    def _run(self, sql, args=()):
        """The cursor of one statement; sqlite3's errors become dbm.sqlite3.error."""
        if self._cx is None:
            raise error("DBM object has already been closed")
        try:
            return self._cx.execute(sql, args)
        except sqlite3.Error as exc:
            raise error(str(exc)) from None

    def __len__(self):
        return self._run("SELECT COUNT (key) FROM Dict").fetchone()[0]

    def __getitem__(self, key):
        row = self._run("SELECT value FROM Dict WHERE key = CAST(? AS BLOB)", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return row[0]

    def __setitem__(self, key, value):
        self._run("REPLACE INTO Dict (key, value) VALUES (CAST(? AS BLOB), CAST(? AS BLOB))", (key, value))

    def __delitem__(self, key):
        if self._run("DELETE FROM Dict WHERE key = CAST(? AS BLOB)", (key,)).rowcount == 0:
            raise KeyError(key)

    def __iter__(self):
        keys = [row[0] for row in self._run("SELECT key FROM Dict")]
        yield from keys

    def keys(self):
        return list(iter(self))

    def close(self):
        if self._cx is not None:
            self._cx.close()
            self._cx = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, /, flag="r", mode=0o666):
    """Open the SQLite dbm file: flag 'r' (read only), 'w' (read-write), 'c' (created if
    missing) or 'n' (always new and empty); mode is the Unix mode of a file created."""
    return _Database(filename, flag=flag, mode=mode)
