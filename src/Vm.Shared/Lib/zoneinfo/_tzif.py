"""TZif files (RFC 8536, versions 1 to 3) and the POSIX TZ rule of their footer.

read_tzif returns the transition table: transition instants in UTC, the same instants as
wall-clock seconds (fold 0 reads an ambiguous wall time with the larger of the offsets around
the change, fold 1 with the smaller), the Offset in force after each transition, the Offset
before the first one and the footer text. TZif stores no DST amount, only an isdst flag, so
dst() values are inferred from the standard-time offset next to each DST type.
"""

import calendar
import functools
import struct
from datetime import timedelta

_EPOCH_ORDINAL = 719163            # date(1970, 1, 1).toordinal()
_HEADER = struct.Struct(">4sc15x6l")


@functools.lru_cache(maxsize=512)
def _delta(seconds):
    return timedelta(seconds=seconds)


class Offset:
    """One local time type: UTC offset, DST amount and abbreviation."""

    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == \
            (other.utcoff, other.dstoff, other.tzname)

    def __repr__(self):
        return f"Offset({self.utcoff}, {self.dstoff}, {self.tzname})"


class TzifData:
    __slots__ = ("utc_times", "wall_times", "offsets", "before", "types", "footer")


def _read_header(f):
    raw = f.read(_HEADER.size)
    if len(raw) < 4 or raw[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    if len(raw) != _HEADER.size:
        raise ValueError("Invalid TZif file: truncated header")
    magic, version, *counts = _HEADER.unpack(raw)
    version = 1 if version == b"\x00" else int(version)
    return version, counts   # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt


def _exact(f, n):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("Invalid TZif file: truncated data")
    return data


def _dst_amounts(order, utcoffs, isdst):
    """The DST amount of each type: its offset minus that of a standard-time type on either
    side of a transition into it; an hour when no such neighbour exists."""
    amounts = [0] * len(isdst)
    for i in range(1, len(order)):
        kind = order[i]
        if not isdst[kind] or amounts[kind]:
            continue
        amount = 0
        before = order[i - 1]
        if not isdst[before]:
            amount = utcoffs[kind] - utcoffs[before]
        if not amount and kind < len(isdst) - 1 and i + 1 < len(order):
            after = order[i + 1]
            if isdst[after]:
                continue
            amount = utcoffs[kind] - utcoffs[after]
        if amount:
            amounts[kind] = amount
    for kind in range(len(isdst)):
        if isdst[kind] and not amounts[kind]:
            amounts[kind] = 3600
    return amounts


def _wall_clock(order, utc_times, utcoffs):
    """[fold 0, fold 1] lists of the transitions as wall-clock seconds."""
    if not utc_times:
        return [[], []]
    late, early = [], []
    previous = utcoffs[0]
    for i, t in enumerate(utc_times):
        current = utcoffs[order[i]]
        late.append(t + max(previous, current))
        early.append(t + min(previous, current))
        previous = current
    return [late, early]


def read_tzif(f):
    version, counts = _read_header(f)
    if version >= 2:
        # Skip the 32-bit block: the 64-bit one after the second header says the same.
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        f.seek(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt, 1)
        version, counts = _read_header(f)
        width, code = 8, "q"
    else:
        width, code = 4, "l"
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    utc_times = list(struct.unpack(f">{timecnt}{code}", _exact(f, timecnt * width)))
    order = list(_exact(f, timecnt))
    utcoffs, isdst, name_at = [], [], []
    for _ in range(typecnt):
        off, dst, at = struct.unpack(">lbB", _exact(f, 6))
        utcoffs.append(off)
        isdst.append(dst)
        name_at.append(at)
    if any(kind >= typecnt for kind in order):
        raise ValueError("Invalid TZif file: transition type out of range")
    chars = _exact(f, charcnt)
    names = []
    for at in name_at:
        end = chars.find(b"\x00", at)
        names.append(chars[at:end if end >= 0 else len(chars)].decode())
    footer = None
    if version >= 2:
        f.seek(isutcnt + isstdcnt + leapcnt * (width + 4), 1)
        if f.read(1) != b"\n":
            raise ValueError("Invalid TZif file: footer not found")
        text = bytearray()
        while True:
            c = f.read(1)
            if c in (b"\n", b""):
                break
            text += c
        footer = text.decode()
    amounts = _dst_amounts(order, utcoffs, isdst)
    types = [Offset(_delta(u), _delta(d), n) for u, d, n in zip(utcoffs, amounts, names)]
    data = TzifData()
    data.utc_times = utc_times
    data.wall_times = _wall_clock(order, utc_times, utcoffs)
    data.offsets = [types[kind] for kind in order]
    data.types = types
    data.footer = footer
    standard = [t for t, dst in zip(types, isdst) if not dst]
    data.before = standard[0] if standard else (data.offsets[0] if data.offsets else None)
    return data


# --- POSIX TZ strings: std offset [dst [offset] [,start[/time],end[/time]]] ---

class _Cursor:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos:self.pos + 1]

    def take_while(self, accept):
        start = self.pos
        while self.pos < len(self.text) and accept(self.text[self.pos]):
            self.pos += 1
        return self.text[start:self.pos]

    def number(self, max_digits):
        digits = self.take_while(str.isdigit)
        if not digits or len(digits) > max_digits:
            raise ValueError
        return int(digits)


def _abbreviation(cur):
    if cur.peek() == "<":
        cur.pos += 1
        name = cur.take_while(lambda c: c.isascii() and (c.isalnum() or c in "+-"))
        if cur.peek() != ">":
            raise ValueError
        cur.pos += 1
    else:
        name = cur.take_while(lambda c: c.isascii() and c.isalpha())
    if not name:
        raise ValueError
    return name


def _clock(cur, max_hours):
    """[+|-]hh[:mm[:ss]] as signed seconds."""
    sign = 1
    if cur.peek() in ("+", "-"):
        sign = -1 if cur.peek() == "-" else 1
        cur.pos += 1
    hours = cur.number(3)
    if hours > max_hours:
        raise ValueError
    minutes = seconds = 0
    if cur.peek() == ":":
        cur.pos += 1
        minutes = cur.number(2)
        if cur.peek() == ":":
            cur.pos += 1
            seconds = cur.number(2)
    return sign * (hours * 3600 + minutes * 60 + seconds)


def _days_before_year(year):
    """Days from 1970-01-01 to January 1st of year."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + 1 - _EPOCH_ORDINAL


class _Moment:
    """A yearly instant of a rule (Jn, n or Mm.w.d with a time of day), in local seconds."""

    __slots__ = ("kind", "a", "b", "c", "seconds")

    def local_seconds(self, year):
        first = _days_before_year(year)
        # Jn (1..365) and n (0..365) both land on day n - 1 counted from January 1st (0),
        # as CPython's zoneinfo computes them; Jn skips February 29th from J59 on.
        if self.kind == "J":
            day = self.a - 1
            if self.a >= 59 and calendar.isleap(year):
                day += 1
        elif self.kind == "n":
            day = self.a - 1
        else:                           # month, week 1-5 (5 = last), weekday 0 = Sunday
            month, week, weekday = self.a, self.b, self.c
            first_weekday, length = calendar.monthrange(year, month)
            # calendar's weekdays start on Monday, POSIX's on Sunday.
            date = 1 + (weekday - (first_weekday + 1)) % 7 + 7 * (week - 1)
            if date > length:
                date -= 7
            day = _day_of_year(year, month, date)
        return (first + day) * 86400 + self.seconds


_MONTH_STARTS = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _day_of_year(year, month, day):
    """0-based day of the year."""
    return _MONTH_STARTS[month] + (month > 2 and calendar.isleap(year)) + day - 1


def _moment(cur):
    m = _Moment()
    c = cur.peek()
    if c == "M":
        cur.pos += 1
        m.kind = "M"
        m.a = cur.number(2)
        for attr in ("b", "c"):
            if cur.peek() != ".":
                raise ValueError
            cur.pos += 1
            setattr(m, attr, cur.number(1))
        if not (1 <= m.a <= 12 and 1 <= m.b <= 5 and 0 <= m.c <= 6):
            raise ValueError
    else:
        if c == "J":
            cur.pos += 1
            m.kind = "J"
        else:
            m.kind = "n"
        m.a = cur.number(3)
        if not (1 if m.kind == "J" else 0) <= m.a <= 365:
            raise ValueError
    m.seconds = 7200
    if cur.peek() == "/":
        cur.pos += 1
        m.seconds = _clock(cur, 167)
    return m


class PosixRule:
    """Standard time with yearly switches to and from DST."""

    __slots__ = ("std", "dst", "start", "end", "dst_diff")

    def __init__(self, std_name, std_off, dst_name, dst_off, start, end):
        self.dst_diff = dst_off - std_off
        self.std = Offset(_delta(std_off), _delta(0), std_name)
        self.dst = Offset(_delta(dst_off), _delta(self.dst_diff), dst_name)
        self.start = start
        self.end = end

    @staticmethod
    def _inside(t, start, end):
        return start <= t < end if start < end else not (end <= t < start)

    def at_wall(self, t, year, fold):
        """The Offset at wall-clock second t of year; fold picks the reading of a repeated
        or skipped wall time."""
        start, end = self.start.local_seconds(year), self.end.local_seconds(year)
        # The changes as wall times, moved by the DST amount where fold reads the other side.
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        return self.dst if self._inside(t, start, end) else self.std

    def at_utc(self, t, year):
        """(Offset, fold) at UTC second t of year."""
        start = self.start.local_seconds(year) - self.std.utcoff.total_seconds()
        end = self.end.local_seconds(year) - self.dst.utcoff.total_seconds()
        offset = self.dst if self._inside(t, start, end) else self.std
        if self.dst_diff > 0:
            repeat_from, repeat_to = end, end + self.dst_diff
        else:
            repeat_from, repeat_to = start, start - self.dst_diff
        return offset, repeat_from <= t < repeat_to


def posix_rule(text):
    """An Offset (no DST) or a PosixRule for the TZ string text."""
    cur = _Cursor(text)
    try:
        std_name = _abbreviation(cur)
        std_off = -_clock(cur, 24)
        if cur.pos == len(text):
            return Offset(_delta(std_off), _delta(0), std_name)
        if cur.peek() == ",":
            raise ValueError(f"Transition rule present without DST: {text}")
        dst_name = _abbreviation(cur)
        dst_off = std_off + 3600
        if cur.peek() not in (",", ""):
            dst_off = -_clock(cur, 24)
        if cur.peek() != ",":
            raise ValueError(f"Missing transition rules: {text}")
        cur.pos += 1
        start = _moment(cur)
        if cur.peek() != ",":
            raise ValueError
        cur.pos += 1
        end = _moment(cur)
        if cur.pos != len(text):
            raise ValueError
    except ValueError as e:
        if e.args:
            raise
        raise ValueError(f"{text} is not a valid TZ string") from None
    return PosixRule(std_name, std_off, dst_name, dst_off, start, end)
