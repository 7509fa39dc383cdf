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

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding='ascii', errors='strict'):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    # All str (returned as they are) or all bytes-like (decoded; the results get encoded back).
    # An empty or None argument goes with either kind.
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# --- result types -------------------------------------------------------------------------------

class _ResultMixinStr:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocMixin:
    """username, password, hostname and port, read from the netloc field."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # Only the address is lower-cased; an IPv6 zone id ("%eth0") keeps its case.
        sep = '%' if isinstance(host, str) else b'%'
        addr, pct, zone = host.partition(sep)
        return addr.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if port.isdigit() and port.isascii():
            port = int(port)
        else:
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        netloc = self.netloc
        at, colon = ('@', ':') if isinstance(netloc, str) else (b'@', b':')
        userinfo, found, _ = netloc.rpartition(at)
        if not found:
            return None, None
        username, has_password, password = userinfo.partition(colon)
        return username, (password if has_password else None)

    @property
    def _hostinfo(self):
        netloc = self.netloc
        if isinstance(netloc, str):
            at, opening, closing, colon = '@', '[', ']', ':'
        else:
            at, opening, closing, colon = b'@', b'[', b']', b':'
        hostinfo = netloc.rpartition(at)[2]
        _, bracket, bracketed = hostinfo.partition(opening)
        if bracket:
            hostname, _, rest = bracketed.partition(closing)
            port = rest.partition(colon)[2]
        else:
            hostname, _, port = hostinfo.partition(colon)
        return hostname, (port or None)


_DefragBase = namedtuple('DefragResult', 'url fragment')
_SplitBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitBase, _ResultMixinStr, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseBase, _ResultMixinStr, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitBase, _ResultMixinBytes, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseBase, _ResultMixinBytes, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _str, _bytes in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                     (ParseResult, ParseResultBytes)):
    _str._encoded_counterpart = _bytes
    _bytes._decoded_counterpart = _str
del _str, _bytes


def _fix_result_transcoding(result_type, bytes_type, values, coerce):
    if coerce is _noop:
        return result_type(*values)
    return bytes_type(*(coerce(v) for v in values))


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


def _check_bracketed_host(host):
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


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: <scheme>://<netloc>/<path>?<query>#<fragment>."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_CHARS:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        candidate = url[:colon]
        if all(c in scheme_chars for c in candidate):
            scheme, url = candidate.lower(), url[colon + 1:]
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            pos = url.find(c, 2)
            if pos >= 0:
                end = min(end, pos)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    return _fix_result_transcoding(SplitResult, SplitResultBytes,
                                   (scheme, netloc, url, query, fragment), coerce)


def _split_params(path):
    # The parameters (";...") of the last path segment.
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', max(start, 0))
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return _fix_result_transcoding(ParseResult, ParseResultBytes,
                                   (scheme, netloc, path, params, query, fragment), coerce)


def urlunsplit(components):
    """Join the 5 parts urlsplit() returns back into a URL."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc:
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + netloc + url
    elif url[:2] == '//':
        url = '//' + url
    elif scheme and scheme in uses_netloc and (not url or url[:1] == '/'):
        url = '//' + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return coerce(url)


def urlunparse(components):
    """Join the 6 parts urlparse() returns back into a URL."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986 reference resolution, as Python does it)."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))

    if path[:1] == '/':
        segments = path.split('/')
    else:
        # Merge: the base path without its last segment, then the reference's segments;
        # empty segments in between are dropped.
        base_segments = bpath.split('/')
        if base_segments[-1] != '':
            base_segments.pop()
        segments = base_segments + path.split('/')
        segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return coerce(urlunparse((scheme, netloc, '/'.join(out) or '/', params, query, fragment)))


def urldefrag(url):
    """Remove the fragment from url: return (url without fragment, fragment)."""
    url, coerce = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag, defrag = '', url
    return _fix_result_transcoding(DefragResult, DefragResultBytes, (defrag, frag), coerce)


# --- percent-encoding ---------------------------------------------------------------------------

_HEXDIG = '0123456789ABCDEFabcdef'
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split        # only a str or bytes-like argument (AttributeError otherwise, as CPython)
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = bytes(string).split(b'%')
    out = [pieces[0]]
    for piece in pieces[1:]:
        head = piece[:2]
        if len(head) == 2 and all(chr(b) in _HEXDIG for b in head):
            out.append(bytes((int(head, 16),)))
            out.append(piece[2:])
        else:
            out.append(b'%')
            out.append(piece)
    return b''.join(out)


_ASCII_RUN = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent; the bytes they make up are decoded
    with encoding (errors as for str.decode)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding or 'utf-8', errors or 'replace')
    if '%' not in string:
        string.split        # only a str argument (AttributeError otherwise, as CPython)
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    parts = _ASCII_RUN.split(string)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(unquote_to_bytes(part).decode(encoding, errors))
        else:
            out.append(part)
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces (for HTML form values)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    keep = _ALWAYS_SAFE.union(safe)
    return ''.join([chr(b) if b in keep else '%%%02X' % b for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string for a URL: letters, digits and '_.-~' are never quoted, '/' (safe)
    by default neither. A str is encoded first (UTF-8 and 'strict' unless told otherwise)."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace spaces with plus signs (for HTML form values)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


# --- query strings ------------------------------------------------------------------------------

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if not isinstance(separator, str):
            separator = str(separator, 'ascii')
        eq = '='
        plus, space = '+', ' '

        def decode(text):
            return unquote(text.replace(plus, space), encoding=encoding, errors=errors)
    elif qs:
        qs = bytes(memoryview(qs))
        if isinstance(separator, str):
            separator = bytes(separator, 'ascii')
        eq = b'='
        plus, space = b'+', b' '

        def decode(text):
            return unquote_to_bytes(text.replace(plus, space))
    else:
        return []
    if not qs:
        return []
    if max_num_fields is not None:
        if max_num_fields < 1 + qs.count(separator):
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
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
    """Transform a string like '<URL:scheme://host/path>' into 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
