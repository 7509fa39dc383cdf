"""Persistent dictionaries of pickled values ("shelves") over a dbm database.

Written from the library documentation. Keys are str (stored encoded, keyencoding); values are
any picklable object, pickled with the given protocol (default pickle.DEFAULT_PROTOCOL). With
writeback=True, values read are cached and written back on sync()/close(), so mutating them in
place is kept (at the cost of memory).
"""

import collections.abc
from io import BytesIO
from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ShutShelfMapping(collections.abc.MutableMapping):
    """What a closed shelf holds instead of its database: every use raises ValueError."""

    def _refuse(self):
        raise ValueError("invalid operation on closed shelf")

    def __getitem__(self, key):
        self._refuse()

    def __setitem__(self, key, value):
        self._refuse()

    def __delitem__(self, key):
        self._refuse()

    def __iter__(self):
        self._refuse()

    def __len__(self):
        self._refuse()

    def keys(self):
        self._refuse()

    def __repr__(self):
        return "<Closed Dictionary>"


class Shelf(collections.abc.MutableMapping):
    """A shelf over any mapping of bytes keys to bytes values (a dbm database, a dict)."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def __iter__(self):
        for key in self.dict.keys():
            yield key.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return key.encode(self.keyencoding) in self.dict

    def get(self, key, default=None):
        if key.encode(self.keyencoding) in self.dict:
            return self[key]
        return default

    def __getitem__(self, key):
        try:
            return self.cache[key]
        except KeyError:
            pass
        value = Unpickler(BytesIO(self.dict[key.encode(self.keyencoding)])).load()
        if self.writeback:
            self.cache[key] = value
        return value

    def _pickled(self, value):
        buf = BytesIO()
        Pickler(buf, self._protocol).dump(value)
        return buf.getvalue()

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[key.encode(self.keyencoding)] = self._pickled(value)

    def __delitem__(self, key):
        del self.dict[key.encode(self.keyencoding)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        """Write back the cache (writeback) and close the database."""
        if self.dict is None:
            return
        try:
            self.sync()
            try:
                self.dict.close()
            except AttributeError:
                pass
        finally:
            # a closed shelf refuses every operation; at interpreter shutdown the class may be gone
            try:
                self.dict = _ShutShelfMapping()
            except Exception:
                self.dict = None

    def __del__(self):
        if not hasattr(self, "writeback"):
            return  # __init__ did not finish
        self.close()

    def sync(self):
        """Write back every cached value (writeback) and flush the database."""
        if self.writeback and self.cache:
            self.writeback = False
            try:
                for key, value in self.cache.items():
                    self[key] = value
            finally:
                self.writeback = True
            self.cache = {}
        if hasattr(self.dict, "sync"):
            self.dict.sync()

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} object at {id(self):#x}>"


class BsdDbShelf(Shelf):
    """A shelf over a database with set_location/next/previous/first/last (a bsddb-style
    database); each returns a (key, value) pair with the value unpickled."""

    def _pair(self, pair):
        key, value = pair
        return key.decode(self.keyencoding), Unpickler(BytesIO(value)).load()

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A shelf over the dbm database `filename`, opened with dbm.open(filename, flag)."""

    def __init__(self, filename, flag="c", protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)

    def clear(self):
        """Remove every item (faster than one deletion at a time where the database can)."""
        self.cache.clear()
        if hasattr(self.dict, "clear"):
            self.dict.clear()
        else:
            for key in list(self.dict.keys()):
                del self.dict[key]


def open(filename, flag="c", protocol=None, writeback=False):
    """Open a persistent dictionary in the dbm database `filename` (see dbm.open for flag)."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
