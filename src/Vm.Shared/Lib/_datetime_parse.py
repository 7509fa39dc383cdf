"""Parsing for datetime: ISO 8601 (fromisoformat) and strptime formats.

Each parser returns constructor arguments; the caller builds the object, so its field checks
give CPython's messages (e.g. "month must be in 1..12").
"""

import re

from _datetime_base import timedelta, date, _ymd2ord, _ord2ymd, _is_leap
from _datetime_clock import timezone

_ASCII_DIGITS = frozenset('0123456789')


def _digits(s, err):
    if not s or not all(c in _ASCII_DIGITS for c in s):
        raise err
    return int(s)


def _invalid(original):
    return ValueError(f'Invalid isoformat string: {original!r}')


def parse_isoformat_date(s, original):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    err = _invalid(original)
    if len(s) not in (7, 8, 10):
        raise err
    year = _digits(s[:4], err)
    has_sep = s[4] == '-'
    pos = 5 if has_sep else 4
    if s[pos:pos + 1] == 'W':
        pos += 1
        week = _digits(s[pos:pos + 2], err)
        pos += 2
        day = 1
        if len(s) > pos:
            if (s[pos] == '-') != has_sep:
                raise err
            pos += has_sep
            day = _digits(s[pos:pos + 1], err)
            pos += 1
        if pos != len(s):
            raise err
        d = date.fromisocalendar(year, week, day)
        return d.year, d.month, d.day
    month = _digits(s[pos:pos + 2], err)
    pos += 2
    if has_sep:
        if s[pos:pos + 1] != '-':
            raise err
        pos += 1
    day = _digits(s[pos:pos + 2], err)
    pos += 2
    if pos != len(s):
        raise err
    return year, month, day


def _parse_hh_mm_ss_ff(s, err):
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for comp in range(3):
        if len(s) - pos < 2:
            raise err
        comps[comp] = _digits(s[pos:pos + 2], err)
        pos += 2
        nxt = s[pos:pos + 1]
        if comp == 0:
            has_sep = nxt == ':'
        if not nxt or comp >= 2:
            break
        if has_sep and nxt != ':':
            raise err
        pos += has_sep
    if pos < len(s):
        if s[pos] not in '.,' or comp < 2:
            raise err
        frac = s[pos + 1:]
        _digits(frac, err)
        comps[3] = int((frac + '000000')[:6])
    return comps


def parse_isoformat_time(s, original):
    """(hour, minute, second, microsecond, tzinfo) of HH[:MM[:SS[.ffffff]]][Z|+HH[:MM...]]."""
    err = _invalid(original)
    if not s:
        raise err
    idx = len(s)
    for i, c in enumerate(s):
        if c in 'Z+-':
            idx = i
            break
    fields = _parse_hh_mm_ss_ff(s[:idx], err)
    tz = None
    tzstr = s[idx:]
    if tzstr == 'Z':
        tz = timezone.utc
    elif tzstr:
        if tzstr[0] not in '+-' or len(tzstr) < 3:
            raise err
        hh, mm, ss, us = _parse_hh_mm_ss_ff(tzstr[1:], err)
        td = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
        if tzstr[0] == '-':
            td = -td
        tz = timezone(td) if td else timezone.utc
    return fields + [tz]


def parse_isoformat_datetime(s):
    """Constructor arguments of a date, optionally followed by one separator and a time."""
    err = _invalid(s)
    if len(s) < 7:
        raise err
    if s[4:5] == '-':
        if s[5:6] == 'W':
            date_len = 10 if s[8:9] == '-' else 8
        else:
            date_len = 10
    elif s[4:5] == 'W':
        date_len = 8 if s[7:8] in _ASCII_DIGITS and s[7:8] != '' else 7
    else:
        date_len = 8
    ymd = parse_isoformat_date(s[:date_len], s)
    if len(s) == date_len:
        return list(ymd)
    rest = s[date_len + 1:]
    if not rest:
        raise err
    return list(ymd) + parse_isoformat_time(rest, s)


# ---------------------------------------------------------------- strptime

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def _alternatives(names):
    return '(' + '|'.join(sorted(names, key=len, reverse=True)) + ')'


_DIRECTIVES = {
    'd': r'(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(\d{1,6})',
    'H': r'(2[0-3]|[0-1]\d|\d)',
    'I': r'(1[0-2]|0[1-9]|[1-9])',
    'G': r'(\d\d\d\d)',
    'j': r'(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(1[0-2]|0[1-9]|[1-9])',
    'M': r'([0-5]\d|\d)',
    'S': r'(6[0-1]|[0-5]\d|\d)',
    'U': r'(5[0-3]|[0-4]\d|\d)',
    'W': r'(5[0-3]|[0-4]\d|\d)',
    'w': r'([0-6])',
    'u': r'([1-7])',
    'V': r'(5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(\d\d)',
    'Y': r'(\d\d\d\d)',
    'z': r'([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z)',
    'A': _alternatives(_DAYS),
    'a': _alternatives([d[:3] for d in _DAYS]),
    'B': _alternatives(_MONTHS),
    'b': _alternatives([m[:3] for m in _MONTHS]),
    'p': r'(am|pm)',
    'Z': r'(utc|gmt)',
    '%': '%',
}
_COMPOSITES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y',
               'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d', 'h': '%b'}

_cache = {}


def _compile(format):
    """(regex, directives in group order) for a strptime format."""
    cached = _cache.get(format)
    if cached is not None:
        return cached
    fmt = format
    for _ in range(3):  # expand %c, %x, ... (they contain plain directives only)
        fmt = re.sub(r'%([cxXDTRFh])', lambda m: _COMPOSITES[m.group(1)], fmt)
    parts = []
    order = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = fmt[i + 1]
            if d == ':' and fmt[i + 2:i + 3] == 'z':
                d = 'z'
                i += 1
            if d not in _DIRECTIVES:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            if d == '%':
                parts.append('%')
            else:
                parts.append(_DIRECTIVES[d])
                order.append(d)
            i += 2
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            parts.append(r'\s+')
        else:
            parts.append(re.escape(ch))
            i += 1
    if _day_without_year(format):
        import warnings
        warnings.warn(_AMBIGUOUS_DAY, DeprecationWarning, skip_file_prefixes=('<frozen ',))
    result = (re.compile(''.join(parts), re.IGNORECASE), order)
    _cache[format] = result
    return result


_AMBIGUOUS_DAY = (
    "Parsing dates involving a day of month without a year specified is ambiguious\n"
    "and fails to parse leap day. The default behavior will change in Python 3.15\n"
    "to either always raise an exception or to use a different default year (TBD).\n"
    "To avoid trouble, add a specific year to the input & format.\n"
    "See https://github.com/python/cpython/issues/70647.")


def _day_without_year(format):
    """CPython 3.13 warns when a format's own directives have %d and no %Y, %y or %G."""
    day = year = False
    i = 0
    while i < len(format) - 1:
        if format[i] == '%':
            day = day or format[i + 1] == 'd'
            year = year or format[i + 1] in 'YyG'
            i += 2
        else:
            i += 1
    return day and not year


def strptime_fields(data_string, format):
    """datetime constructor arguments for `data_string` parsed with `format`."""
    for arg, what in ((data_string, 'data_string'), (format, 'format')):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (1 if what == 'data_string' else 2, type(arg).__name__))
    regex, order = _compile(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    julian = weekday = week_of_year = None
    week_starts_monday = False
    iso_year = iso_week = None
    ampm = None
    month_given = day_given = False
    for d, v in zip(order, found.groups()):
        if d == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif d == 'Y':
            year = int(v)
        elif d == 'G':
            iso_year = int(v)
        elif d == 'm':
            month = int(v)
            month_given = True
        elif d in 'Bb':
            month = [m[:len(v)] if d == 'b' else m for m in _MONTHS].index(v.lower()) + 1
            month_given = True
        elif d == 'd':
            day = int(v)
            day_given = True
        elif d == 'H':
            hour = int(v)
        elif d == 'I':
            hour = int(v)
        elif d == 'p':
            ampm = v.lower()
        elif d == 'M':
            minute = int(v)
        elif d == 'S':
            second = int(v)
        elif d == 'f':
            fraction = int((v + '000000')[:6])
        elif d in 'Aa':
            names = _DAYS if d == 'A' else [x[:3] for x in _DAYS]
            weekday = names.index(v.lower())
        elif d == 'w':
            weekday = (int(v) - 1) % 7
        elif d == 'u':
            weekday = int(v) - 1
        elif d == 'j':
            julian = int(v)
        elif d in 'UW':
            week_of_year = int(v)
            week_starts_monday = d == 'W'
        elif d == 'V':
            iso_week = int(v)
        elif d == 'z':
            tz = _parse_offset(v)
    if 'I' in order:
        if ampm == 'pm' and hour != 12:
            hour += 12
        elif ampm != 'pm' and hour == 12 and ampm is not None:
            hour = 0
    if iso_year is not None and iso_week is not None:
        d = date.fromisocalendar(iso_year, iso_week, (weekday or 0) + 1)
        year, month, day = d.year, d.month, d.day
        month_given = day_given = True
    if year is None:
        year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        # Day 0 of week 1 is the year's first Monday (%W) or Sunday (%U); week 0 precedes it.
        first_weekday = (_ymd2ord(year, 1, 1) + 6) % 7  # Monday is 0
        if week_starts_monday:
            first = (7 - first_weekday) % 7
            day_in_week = weekday
        else:
            first = (7 - (first_weekday + 1) % 7) % 7
            day_in_week = (weekday + 1) % 7
        julian = first + (week_of_year - 1) * 7 + day_in_week + 1
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None and not (month_given and day_given):
        y, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + julian - 1)
        year = y
    return [year, month, day, hour, minute, second, fraction, tz]


def _parse_offset(v):
    if v.upper() == 'Z':
        return timezone.utc
    sign = -1 if v[0] == '-' else 1
    body = v[1:].replace(':', '')
    hh, mm = int(body[0:2]), int(body[2:4])
    ss = int(body[4:6]) if len(body) >= 6 else 0
    us = int((body[7:] + '000000')[:6]) if len(body) > 7 else 0
    td = sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    return timezone(td)
