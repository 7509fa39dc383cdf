"""Parse URLs into components (urlsplit/urlparse), put them back together (urlunsplit/urlunparse),
resolve relative references (urljoin), percent-encode (quote/unquote) and handle query strings
(urlencode, parse_qs, parse_qsl).

Written for pyvm from the documented behaviour of Python 3.13's urllib.parse. Every function also
accepts bytes: the arguments are decoded as ASCII and the results encoded back."""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_UNSAFE_CHARS = ('\t', '\r', '\n')


# --- str/bytes handling -------------------------------------------------------------------------
#
# Every function works on str. Bytes arguments are decoded as ASCII on the way in (`_unify`) and
# whatever comes out is encoded back (`back`, the second value `_unify` returns: `str` itself,
# which leaves a str as it is, or `_ascii_bytes`).

def _ascii_bytes(text):
    return text.encode('ascii')


def _unify(*args):
    """The arguments as str, and the function that gives a result the callers' type. Arguments
    must be all str or all bytes-like; an empty (or None) one goes with either."""
    textual = isinstance(args[0], str)
    if any(a and isinstance(a, str) != textual for a in args[1:]):
        raise TypeError("Cannot mix str and non-str arguments")
    if textual:
        return args, str
    return tuple(a.decode('ascii') if a else '' for a in args), _ascii_bytes


def _packed(kind, values, back):
    """A result tuple: the str class of `kind` for str callers, its bytes twin otherwise."""
    if back is str:
        return kind(*values)
    return kind._bytes_twin(*[back(v) for v in values])


# --- result types -------------------------------------------------------------------------------

class _NetlocParts:
    """username, password, hostname and port, read from the netloc field (str or bytes)."""
    __slots__ = ()

    def _pieces(self):
        # (user, password, host, port) of the netloc; missing ones are None
        netloc = self.netloc
        at, colon, lbr, rbr = ('@', ':', '[', ']') if isinstance(netloc, str) \
            else (b'@', b':', b'[', b']')
        credentials, has_at, location = netloc.rpartition(at)
        user = password = None
        if has_at:
            user, has_colon, secret = credentials.partition(colon)
            if has_colon:
                password = secret
        before, bracket, inside = location.partition(lbr)
        if bracket:
            host, _, after = inside.partition(rbr)
            port = after.partition(colon)[2]
        else:
            host, _, port = location.partition(colon)
        return user, password, host, port or None

    @property
    def username(self):
        return self._pieces()[0]

    @property
    def password(self):
        return self._pieces()[1]

    @property
    def hostname(self):
        host = self._pieces()[2]
        if not host:
            return None
        # Only the address is lower-cased; an IPv6 zone id ("%eth0") keeps its case.
        addr, pct, zone = host.partition('%' if isinstance(host, str) else b'%')
        return addr.lower() + pct + zone

    @property
    def port(self):
        text = self._pieces()[3]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


def _defrag_url(self):
    url, fragment = self
    if not fragment:
        return url
    return url + ('#' if isinstance(url, str) else b'#') + fragment


def _transcoder(method):
    """encode() of the str results and decode() of the bytes ones: each field converted, the
    twin class built from them."""
    def convert(self, encoding='ascii', errors='strict'):
        return self._twin(*[getattr(field, method)(encoding, errors) for field in self])
    convert.__name__ = method
    return convert


def _result_classes(name, fields, joiner, with_netloc):
    """The str result class `name` and its bytes twin `name + 'Bytes'`."""
    shape = namedtuple(name, fields)
    extra = (_NetlocParts,) if with_netloc else ()
    body = {'__slots__': (), '__module__': __name__, 'geturl': joiner}
    text = type(name, (shape,) + extra, dict(body, encode=_transcoder('encode')))
    binary = type(name + 'Bytes', (shape,) + extra, dict(body, decode=_transcoder('decode')))
    text._twin = text._bytes_twin = binary
    binary._twin = text
    return text, binary


DefragResult, DefragResultBytes = _result_classes('DefragResult', 'url fragment', _defrag_url, False)
SplitResult, SplitResultBytes = _result_classes(
    'SplitResult', 'scheme netloc path query fragment', lambda self: urlunsplit(self), True)
ParseResult, ParseResultBytes = _result_classes(
    'ParseResult', 'scheme netloc path params query fragment', lambda self: urlunparse(self), True)


# --- splitting ----------------------------------------------------------------------------------

_IPV4_PART = re.compile(r'(?:0|[1-9][0-9]{0,2})\Z')
_HEX_GROUP = re.compile(r'[0-9A-Fa-f]{1,4}\Z')


def _is_ipv4(text):
    parts = text.split('.')
    return len(parts) == 4 and all(_IPV4_PART.match(p) and int(p) <= 255 for p in parts)


def _is_ipv6(text):
    addr, pct, zone = text.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    groups_needed = 8
    if '.' in addr.rpartition(':')[2]:
        head, _, v4 = addr.rpartition(':')
        if not _is_ipv4(v4):
            return False
        addr = head + ':0'
        groups_needed = 8
    if addr.count('::') > 1:
        return False
    if '::' in addr:
        left, _, right = addr.partition('::')
        groups = (left.split(':') if left else []) + (right.split(':') if right else [])
        if len(groups) > groups_needed - 1:
            return False
    else:
        groups = addr.split(':')
        if len(groups) != groups_needed:
            return False
    return all(_HEX_GROUP.match(g) for g in groups)


def _validate_bracketed(host):
    # what stands between [ and ] must be an IPv6 address or an IPvFuture one (RFC 3986 3.2.2)
    if host.startswith('v'):
        if not re.match(r'\Av[a-fA-F0-9]+\..+\Z', host):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _check_netloc(netloc):
    # A netloc that NFKC normalisation would change must not gain URL delimiters by it.
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    normal = unicodedata.normalize('NFKC', plain)
    if normal == plain:
        return
    for c in '/?#@:':
        if c in normal:
            raise ValueError("netloc '" + netloc + "' contains invalid characters under NFKC normalization")


def _split_text(url, scheme, allow_fragments):
    """urlsplit() on str arguments: the five fields as a tuple."""
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_CHARS:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha() \
            and all(c in scheme_chars for c in url[:colon]):
        scheme, url = url[:colon].lower(), url[colon + 1:]
    netloc = ''
    if url.startswith('//'):
        ends = [i for i in (url.find(c, 2) for c in '/?#') if i >= 0]
        cut = min(ends) if ends else len(url)
        netloc, url = url[2:cut], url[cut:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _validate_bracketed(netloc.partition('[')[2].partition(']')[0])
    fragment = ''
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _check_netloc(netloc)
    return scheme, netloc, url, query, fragment


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: <scheme>://<netloc>/<path>?<query>#<fragment>."""
    (url, scheme), back = _unify(url, scheme)
    return _packed(SplitResult, _split_text(url, scheme, bool(allow_fragments)), back)


def _split_params(path):
    # The parameters (";...") of the last path segment.
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', max(start, 0))
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>."""
    (url, scheme), back = _unify(url, scheme)
    scheme, netloc, path, query, fragment = _split_text(url, scheme, bool(allow_fragments))
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return _packed(ParseResult, (scheme, netloc, path, params, query, fragment), back)


def _join_text(scheme, netloc, path, query, fragment):
    """urlunsplit() on str fields."""
    if netloc:
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + netloc + path
    elif path.startswith('//') or (scheme in uses_netloc and scheme
                                   and (not path or path.startswith('/'))):
        path = '//' + path
    pieces = [scheme + ':' if scheme else '', path]
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return ''.join(pieces)


def urlunsplit(components):
    """Join the 5 parts urlsplit() returns back into a URL."""
    fields, back = _unify(*components)
    return back(_join_text(*fields))


def urlunparse(components):
    """Join the 6 parts urlparse() returns back into a URL."""
    (scheme, netloc, path, params, query, fragment), back = _unify(*components)
    if params:
        path = f"{path};{params}"
    return back(_join_text(scheme, netloc, path, query, fragment))


def _resolve_dots(segments):
    # RFC 3986 5.2.4: drop '.' segments, let '..' remove the segment before it
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986 reference resolution, as Python does it)."""
    if not base:
        return url
    if not url:
        return base
    (base, url), back = _unify(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return back(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))
    if path.startswith('/'):
        segments = path.split('/')
    else:
        # Merge: the base path without its last segment, then the reference's segments;
        # empty segments in between are dropped.
        directory = bpath.split('/')
        if directory[-1]:
            del directory[-1]
        merged = directory + path.split('/')
        if len(merged) > 1:
            merged = merged[:1] + [s for s in merged[1:-1] if s] + merged[-1:]
        segments = merged
    joined = '/'.join(_resolve_dots(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    """Remove the fragment from url: return (url without fragment, fragment)."""
    (url,), back = _unify(url)
    if '#' not in url:
        return _packed(DefragResult, (url, ''), back)
    parts = urlparse(url)
    return _packed(DefragResult, (urlunparse(parts._replace(fragment='')), parts.fragment), back)


# --- percent-encoding ---------------------------------------------------------------------------

_HEX_DIGITS = frozenset(b'0123456789ABCDEFabcdef')
# RFC 3986's unreserved characters: never quoted
_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def unquote_to_bytes(string):
    """Decode %xx escapes into bytes: unquote_to_bytes('a%20b') is b'a b'."""
    if not string:
        string.split        # only a str or bytes-like argument (AttributeError otherwise, as CPython)
        return b''
    data = string.encode('utf-8') if isinstance(string, str) else bytes(string)
    first, *rest = data.split(b'%')
    out = bytearray(first)
    for piece in rest:
        if len(piece) >= 2 and piece[0] in _HEX_DIGITS and piece[1] in _HEX_DIGITS:
            out.append(int(piece[:2], 16))
            out += piece[2:]
        else:
            out += b'%' + piece
    return bytes(out)


_ASCII_RUN = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent; the bytes they make up are decoded
    with encoding (errors as for str.decode)."""
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split        # only a str argument (AttributeError otherwise, as CPython)
        return string
    # escapes only occur in the ASCII runs; the other characters pass through
    return ''.join(unquote_to_bytes(part).decode(encoding, errors) if i % 2 else part
                   for i, part in enumerate(_ASCII_RUN.split(string)))


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces (for HTML form values)."""
    return unquote(' '.join(string.split('+')), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    extra = safe.encode('ascii', 'ignore') if isinstance(safe, str) else safe
    keep = _UNRESERVED | {c for c in extra if c < 0x80}
    return ''.join(chr(b) if b in keep else f'%{b:02X}' for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string for a URL: letters, digits and '_.-~' are never quoted, '/' (safe)
    by default neither. A str is encoded first (UTF-8 and 'strict' unless told otherwise)."""
    if not isinstance(string, str):
        for name, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError(f"quote() doesn't support '{name}' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    return quote_from_bytes(string.encode(encoding or 'utf-8', errors or 'strict'), safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace spaces with plus signs (for HTML form values)."""
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    widened = safe + (' ' if isinstance(safe, str) else b' ')
    return '+'.join(quote(string, widened, encoding, errors).split(' '))


# --- query strings ------------------------------------------------------------------------------

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    grouped = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        grouped.setdefault(name, []).append(value)
    return grouped


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if isinstance(separator, bytes):
            separator = separator.decode('ascii')
        eq, plus, space = '=', '+', ' '

        def decode(text):
            return unquote(text.replace(plus, space), encoding=encoding, errors=errors)
    elif qs:
        qs = bytes(memoryview(qs))
        if isinstance(separator, str):
            separator = separator.encode('ascii')
        eq, plus, space = b'=', b'+', b' '

        def decode(text):
            return unquote_to_bytes(text.replace(plus, space))
    else:
        return []
    if not qs:
        return []
    fields = qs.split(separator)
    if max_num_fields is not None and len(fields) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition(eq)
        if not has_eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((decode(name), decode(value)))
    return pairs


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a dict or a sequence of pairs into a URL query string ("a=1&b=2"). With doseq, a
    sequence value gives one pair per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def enc(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        if isinstance(value, str):
            return quote_via(value, safe, encoding, errors)
        return quote_via(str(value), safe, encoding, errors)

    out = []
    for k, v in query:
        k = enc(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + '=' + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + enc(v))
        else:
            for element in v:
                out.append(k + '=' + enc(element))
    return '&'.join(out)


def unwrap(url):
    """Strip the '<URL:...>' wrapping from a URL: unwrap('<URL:http://h/>') is 'http://h/'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url
