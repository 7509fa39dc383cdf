"""Helpers for headers: dates (RFC 5322 section 3.3), addresses, quoting and RFC 2231 values.

Dates: formatdate/format_datetime write 'Sun, 06 Nov 1994 08:49:37 GMT'-style strings;
parsedate_tz/parsedate/parsedate_to_datetime read them (and the asctime and dashed forms)
leniently. Addresses: parseaddr/getaddresses read 'Name <user@host>', 'user@host (Name)'
and group syntax; formataddr writes them back, quoting or RFC 2047-encoding the name.
"""

import calendar
import datetime
import os
import random
import re
import socket
import time
import urllib.parse

from email._encoded_words import encode as _encode_word
from email import _addresses

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
    'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
    'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
    'quote', 'unquote', 'localtime',
]

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """True if the str `s` holds surrogateescape'd bytes."""
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


def _sanitize(string):
    # Undecodable bytes (kept as surrogates) come back as U+FFFD.
    original_bytes = string.encode('utf-8', 'surrogateescape')
    return original_bytes.decode('utf-8', 'replace')


# --- quoting ---------------------------------------------------------------------------------

def quote(str):
    """Backslash-escape backslashes and double quotes."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Remove one level of "..." (undoing quote()) or <...> around `str`."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


# --- addresses -------------------------------------------------------------------------------

def formataddr(pair, charset='utf-8'):
    """'Name <addr>' for the pair (name, addr); a name that is not ASCII is RFC 2047-encoded."""
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            if not isinstance(charset, str):
                charset = str(charset)
            return "%s <%s>" % (_encode_word(name, charset), address)
        quotes = ''
        if specialsre.search(name):
            quotes = '"'
        name = escapesre.sub(r'\\\g<0>', name)
        return '%s%s%s <%s>' % (quotes, name, quotes, address)
    return address


def getaddresses(fieldvalues, *, strict=True):
    """A list of (realname, address) pairs, one per address in the header values given."""
    fieldvalues = [str(v) for v in fieldvalues]
    all_text = COMMASPACE.join(fieldvalues)
    if not strict:
        return _addresses.parse_list(all_text)
    if not all(_addresses.balanced(v) for v in fieldvalues):
        return [('', '')]
    result = _addresses.parse_list(all_text)
    # A comma outside quotes always separates addresses: a count that differs means the
    # parser read the text differently from the way it looks, so nothing is trusted.
    if len(result) != sum(_addresses.expected_count(v) for v in fieldvalues):
        return [('', '')]
    return result


def parseaddr(addr, *, strict=True):
    """(realname, address) of a single address; ('', '') when it cannot be parsed."""
    if isinstance(addr, list):
        addr = addr[0]
    if not isinstance(addr, str):
        return ('', '')
    if strict and not _addresses.balanced(addr):
        return ('', '')
    addrs = _addresses.parse_list(addr)
    if not addrs or len(addrs) > 1:
        return ('', '')
    return addrs[0]


# --- dates -----------------------------------------------------------------------------------

def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[timetuple[6]], timetuple[2], _MONTHS[timetuple[1] - 1], timetuple[0],
        timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 5322 date for the POSIX time `timeval` (now when None)."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 5322 date for the datetime `dt`; a naive one gets the zone '-0000'."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}

_MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun',
                'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
                'january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december']
_DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']


def _month_number(word):
    word = word.lower()
    if word in _MONTH_NAMES:
        return _MONTH_NAMES.index(word) % 12 + 1
    return None


def _parse_clock(text):
    parts = text.split(':')
    if len(parts) == 2:
        parts.append('0')
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    return [int(p) for p in parts]


def _parse_zone(tz):
    if tz is None:
        return None
    tz = tz.upper()
    if tz in _ZONES:
        value = _ZONES[tz]
    else:
        try:
            value = int(tz)
        except ValueError:
            return None
        if value == 0 and tz.startswith('-'):
            return None
    sign = -1 if value < 0 else 1
    value = abs(value)
    return sign * ((value // 100) * 3600 + (value % 100) * 60)


def _parsedate_tz(data):
    """[y, m, d, H, M, S, 0, 1, -1, offset-or-None] for a date string, or None.

    Reads 'Day, DD Mon YYYY HH:MM[:SS] ZONE' leniently: the day name is optional, the
    date may be written 'DD-Mon-YYYY', the month may precede the day (asctime order) and
    the year may follow the clock; two-digit years mean 19xx above 68 and 20xx otherwise.
    """
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0].endswith(',') or words[0].lower().rstrip(',') in _DAY_NAMES:
        words = words[1:]
    if len(words) == 3:
        pieces = words[0].split('-')
        if len(pieces) == 3:
            words = pieces + words[1:]
    if len(words) == 4:
        stuck = words[3]
        i = stuck.find('+')
        if i == -1:
            i = stuck.find('-')
        if i > 0:
            words[3:] = [stuck[:i], stuck[i:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    if not tz:
        tz = None
    month = _month_number(mm)
    if month is None:
        dd, mm = mm, dd.lower()
        month = _month_number(mm)
        if month is None:
            return None
    if dd.endswith(','):
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy.endswith(','):
        yy = yy[:-1]
    if not yy or not yy[0].isdigit():
        yy, tz = tz, yy
    if tm.endswith(','):
        tm = tm[:-1]
    clock = _parse_clock(tm)
    if clock is None or yy is None:
        return None
    try:
        year = int(yy)
        day = int(dd)
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    offset = _parse_zone(tz)
    return [year, month, day, clock[0], clock[1], clock[2], 0, 1, -1, offset]


def parsedate_tz(data):
    """The 10-tuple (9 time.struct_time fields and the UTC offset in seconds) or None."""
    res = _parsedate_tz(data)
    if not res:
        return None
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def parsedate(data):
    """The first 9 fields of parsedate_tz(data), or None."""
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """The POSIX time of a parsedate_tz() 10-tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """The datetime of a date string: aware unless its zone was '-0000' or unknown."""
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def localtime(dt=None):
    """`dt` (now when None) as an aware datetime in the local zone; naive means local."""
    if dt is None:
        dt = datetime.datetime.now(datetime.timezone.utc)
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: '<time.pid.random[.idstring]@domain>'."""
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


# --- RFC 2231 parameter values ---------------------------------------------------------------

def decode_rfc2231(s):
    """Split "charset'language'text" into its three parts (None, None, s without ticks)."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """Percent-encode `s`; with a charset or language, prefix "charset'language'"."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


_CONTINUATION = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def decode_params(params):
    """Join RFC 2231 continuations (name*0, name*1*, ...) of a parsed parameter list.

    params[0] is the value before the first ';' and is kept as is. Plain parameters come
    back quoted ('"v"'); extended ones as (charset, language, '"v"').
    """
    new_params = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        mo = _CONTINUATION.match(name)
        if mo:
            name, num = mo.group('name', 'num')
            if num is not None:
                num = int(num)
            pieces.setdefault(name, []).append((num, value, encoded))
        else:
            new_params.append((name, '"%s"' % quote(value)))
    for name, continuations in pieces.items():
        value = []
        extended = False
        continuations.sort(key=lambda c: (c[0] is not None, c[0] or 0))
        for num, s, encoded in continuations:
            if encoded:
                s = urllib.parse.unquote(s, encoding="latin-1")
                extended = True
            value.append(s)
        value = quote(EMPTYSTRING.join(value))
        if extended:
            charset, language, value = decode_rfc2231(value)
            new_params.append((name, (charset, language, '"%s"' % value)))
        else:
            new_params.append((name, '"%s"' % value))
    return new_params


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A plain str for a parameter value: decodes (charset, language, text) triples."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = bytes(text, 'raw-unicode-escape')
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)
