"""IANA time zones from the system's TZif files (PEP 615), written for this VM from the
zoneinfo documentation, RFC 8536 (TZif) and POSIX's TZ variable format.

A ZoneInfo holds the file's transition table in UTC and in local wall time (both readings of
an ambiguous or missing hour, indexed by fold), and the POSIX TZ rule of the footer for
instants after the table.
"""

import bisect
import collections
import weakref
from datetime import datetime, timedelta, tzinfo

from . import _paths
from ._tzif import read_tzif, Offset, posix_rule

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

reset_tzpath = _paths.reset_tzpath
available_timezones = _paths.available_timezones
InvalidTZPathWarning = _paths.InvalidTZPathWarning


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


def __getattr__(name):
    if name == "TZPATH":
        return _paths.TZPATH
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])


_EPOCH_ORDINAL = datetime(1970, 1, 1).toordinal()
_NOTHING = Offset(None, None, None)


def _wall_seconds(dt):
    """dt's wall-clock reading as seconds since 1970-01-01 00:00 (no zone applied)."""
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


class ZoneInfo(tzinfo):
    _strong_cache_size = 8
    _strong_cache = collections.OrderedDict()
    _weak_cache = weakref.WeakValueDictionary()

    def __init_subclass__(cls):
        # Each subclass caches its own instances.
        cls._strong_cache = collections.OrderedDict()
        cls._weak_cache = weakref.WeakValueDictionary()

    def __new__(cls, key):
        zone = cls._weak_cache.get(key)
        if zone is None:
            zone = cls._weak_cache.setdefault(key, cls._load_key(key))
            zone._from_cache = True
        # The last few keys used stay alive even when the program drops them.
        strong = cls._strong_cache
        strong.pop(key, None)
        strong[key] = zone
        while len(strong) > cls._strong_cache_size:
            strong.popitem(last=False)
        return zone

    @classmethod
    def no_cache(cls, key):
        zone = cls._load_key(key)
        zone._from_cache = False
        return zone

    @classmethod
    def _load_key(cls, key):
        zone = tzinfo.__new__(cls)
        zone._key = key
        path = _paths.find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, "rb") as f:
            zone._load(f)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = tzinfo.__new__(cls)
        zone._key = key
        zone._load(fobj)
        zone._file_repr = repr(fobj)
        zone._from_cache = None
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
            return
        for key in only_keys:
            cls._weak_cache.pop(key, None)
            cls._strong_cache.pop(key, None)

    def _load(self, fobj):
        data = read_tzif(fobj)
        self._utc_times = data.utc_times
        self._wall_times = data.wall_times       # [fold 0 list, fold 1 list]
        self._offsets = data.offsets              # the Offset in force after each transition
        self._before = data.before                # the Offset before the first transition
        if data.footer:
            self._after = posix_rule(data.footer)
        else:
            if not data.offsets and not data.types:
                raise ValueError("No time zone information found.")
            self._after = data.offsets[-1] if data.offsets else data.types[-1]
        # A zone whose answers never depend on the datetime (datetime.time may ask it).
        if len(data.types) > 1 or not isinstance(self._after, Offset):
            self._fixed = False
        else:
            self._fixed = not data.types or data.types[0] == self._after

    @property
    def key(self):
        return self._key

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        # The class shows as 'zoneinfo.ZoneInfo' (a C type's name in CPython), a subclass by
        # its own name.
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        if self._from_cache is None:
            import pickle
            raise pickle.PicklingError(
                "Cannot pickle a ZoneInfo file from a file stream.")
        return (type(self)._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    def utcoffset(self, dt):
        return self._offset_at(dt).utcoff

    def dst(self, dt):
        return self._offset_at(dt).dstoff

    def tzname(self, dt):
        return self._offset_at(dt).tzname

    def _offset_at(self, dt):
        """The Offset in force at the wall-clock time dt (dt.fold picks the reading)."""
        if dt is None:
            return self._after if self._fixed else _NOTHING
        t = _wall_seconds(dt)
        walls = self._wall_times[dt.fold]
        if walls and t < walls[0]:
            return self._before
        if not walls or t > walls[-1]:
            after = self._after
            if isinstance(after, Offset):
                return after
            return after.at_wall(t, dt.year, dt.fold)
        return self._offsets[bisect.bisect_right(walls, t) - 1]

    def fromutc(self, dt):
        """The wall-clock reading of the UTC time dt (a datetime whose tzinfo is self)."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        t = _wall_seconds(dt)
        utc = self._utc_times
        fold = False
        if utc and t < utc[0]:
            offset = self._before
        elif not utc:
            after = self._after
            offset, fold = (after, False) if isinstance(after, Offset) else after.at_utc(t, dt.year)
        elif t > utc[-1] and not isinstance(self._after, Offset):
            offset, fold = self._after.at_utc(t, dt.year)
        else:
            i = bisect.bisect_right(utc, t)
            if i >= 2:
                previous, offset = self._offsets[i - 2], self._offsets[i - 1]
            elif t > utc[-1]:
                # One transition only, and a fixed offset after it.
                previous, offset = self._offsets[-1], self._after
            else:
                previous, offset = self._before, self._offsets[0]
            fold = self._is_repeat(previous, offset, t - utc[i - 1])
        dt = dt + offset.utcoff
        return dt.replace(fold=1) if fold else dt

    @staticmethod
    def _is_repeat(previous, current, since):
        """True if a wall time `since` seconds after a change from previous to current is
        the second reading of a repeated interval."""
        return (previous.utcoff - current.utcoff).total_seconds() > since
