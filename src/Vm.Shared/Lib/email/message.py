"""email.message.Message: a header list plus a payload, with compat32 semantics.

Headers are an ordered list of (name, value) pairs; lookups compare names case-insensitively,
msg[name] = value appends (it never replaces) and del msg[name] removes every match. Values
are kept as parsed. Parameters of structured headers (Content-Type: text/plain; charset=...)
are read with get_param/get_params, RFC 2231 continuations and charsets included.
The payload is a str (or None); a list of Messages for a multipart built with attach().
"""

import base64
import binascii
import re

from email import _quoted_printable, utils
from email._encoded_words import encode as _encode_word
from email._policybase import compat32

__all__ = ['Message']

SEMISPACE = '; '

tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')
_NEWLINES = re.compile(r'\r\n|\r|\n')


def _splitparam(param):
    a, sep, b = str(param).partition(';')
    if not sep:
        return a.strip(), None
    return a.strip(), b.strip()


def _formatparam(param, value=None, quote=True):
    """'param=value', quoting the value when asked or when it holds a tspecial."""
    if value is not None and len(value) > 0:
        if isinstance(value, tuple):
            param += '*'
            value = utils.encode_rfc2231(value[2], value[0], value[1])
            return '%s=%s' % (param, value)
        try:
            value.encode('ascii')
        except UnicodeEncodeError:
            param += '*'
            value = utils.encode_rfc2231(value, 'utf-8', '')
            return '%s=%s' % (param, value)
        if quote or tspecials.search(value):
            return '%s="%s"' % (param, utils.quote(value))
        return '%s=%s' % (param, value)
    return param


def _parseparam(s):
    """The ';'-separated pieces of a header value; ';' inside quotes does not split.

    A piece 'Name = value' comes back as 'name=value' (name lower-cased, spaces trimmed).
    """
    text = str(s)
    bounds = []
    start = 0
    in_quote = False
    escaped = False
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == '\\' and in_quote:
            escaped = True
        elif ch == '"':
            in_quote = not in_quote
        elif ch == ';' and not in_quote:
            bounds.append((start, i))
            start = i + 1
    bounds.append((start, len(text)))
    pieces = []
    for a, b in bounds:
        f = text[a:b]
        if '=' in f:
            i = f.index('=')
            f = f[:i].strip().lower() + '=' + f[i + 1:].strip()
        f = f.strip()
        if f or not pieces:
            pieces.append(f)
    return pieces


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _decode_b64(data):
    """Decode base64 leniently: bad characters are skipped, missing padding is added."""
    cleaned = re.sub(rb'[^A-Za-z0-9+/=]', b'', data).rstrip(b'=')
    cleaned += b'=' * (-len(cleaned) % 4)
    try:
        return base64.b64decode(cleaned)
    except binascii.Error:
        return data


class Message:
    """A message: headers (a list of name/value pairs) and a payload."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The message as text: headers, a blank line, then the payload ('\\n' line ends)."""
        policy = self.policy if policy is None else policy
        nl = policy.linesep
        out = []
        if unixfrom and self._unixfrom is not None:
            out.append(self._unixfrom + nl)
        for name, value in self._headers:
            out.append(self._fold(name, value, nl))
        out.append(nl)
        payload = self._payload
        if isinstance(payload, list):
            raise NotImplementedError("generating multipart messages is not supported")
        if payload is not None:
            if not isinstance(payload, str):
                raise TypeError('string payload expected: %s' % type(payload))
            lines = _NEWLINES.split(payload)
            for line in lines[:-1]:
                out.append(line + nl)
            if lines[-1]:
                out.append(lines[-1])
        return ''.join(out)

    @staticmethod
    def _fold(name, value, nl):
        value = str(value)
        try:
            value.encode('ascii')
        except UnicodeEncodeError:
            if not utils._has_surrogates(value):
                value = _encode_word(value, 'utf-8')
        lines = _NEWLINES.split(value)
        return '%s: %s%s' % (name, nl.join(lines), nl)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """as_string() encoded; bytes kept as surrogates by the parser come back unchanged."""
        return self.as_string(unixfrom, policy=policy).encode('ascii', 'surrogateescape')

    def is_multipart(self):
        return isinstance(self._payload, list)

    # Unix From_ line

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # Payload

    def attach(self, payload):
        """Add `payload` to a multipart message's list of parts."""
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload; with decode=True the bytes after undoing Content-Transfer-Encoding."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str):
            if utils._has_surrogates(payload):
                bpayload = payload.encode('ascii', 'surrogateescape')
                if not decode:
                    try:
                        payload = bpayload.decode(self.get_param('charset', 'ascii'), 'replace')
                    except LookupError:
                        payload = bpayload.decode('ascii', 'replace')
            elif decode:
                try:
                    bpayload = payload.encode('ascii')
                except UnicodeError:
                    bpayload = payload.encode('raw-unicode-escape')
        if not decode:
            return payload
        if payload is None:
            return None
        if cte == 'quoted-printable':
            return _quoted_printable.decode(bpayload)
        if cte == 'base64':
            return _decode_b64(b''.join(bpayload.splitlines()))
        if isinstance(payload, str):
            return bpayload
        return payload

    def set_payload(self, payload, charset=None):
        """Set the payload; with a charset, also set Content-Type's charset (see set_charset)."""
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            payload = payload.encode(str(charset), 'surrogateescape')
        if hasattr(payload, 'decode'):
            self._payload = payload.decode('ascii', 'surrogateescape')
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Record the charset: MIME-Version, Content-Type's charset parameter, and the
        body's Content-Transfer-Encoding (7bit for us-ascii, quoted-printable for the
        iso-8859 charsets, base64 otherwise), encoding a bytes-valued payload to match."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        name = str(charset).lower()
        name = {'ascii': 'us-ascii', 'utf8': 'utf-8', 'latin-1': 'iso-8859-1',
                'latin_1': 'iso-8859-1'}.get(name, name)
        self._charset = name
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=name)
        else:
            self.set_param('charset', name)
        if 'Content-Transfer-Encoding' in self:
            return
        raw = self._payload.encode('ascii', 'surrogateescape') if isinstance(self._payload, str) else b''
        if name == 'us-ascii':
            cte = '7bit'
        elif name.startswith('iso-8859-'):
            cte = 'quoted-printable'
            self._payload = _quoted_printable.encode(raw)
        else:
            cte = 'base64'
            if raw:
                encoded = base64.b64encode(raw).decode('ascii')
                self._payload = ''.join(encoded[i:i + 76] + '\n' for i in range(0, len(encoded), 76))
        self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # Headers as a mapping

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        """The first value of header `name` (any case), or failobj."""
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every value of header `name`, in order, or failobj if there is none."""
        name = name.lower()
        values = [self.policy.header_fetch_parse(k, v) for k, v in self._headers
                  if k.lower() == name]
        return values if values else failobj

    def add_header(self, _name, _value, **_params):
        """Append a header with parameters: add_header('Content-Disposition', 'attachment',
        filename='a.txt'). Underscores in parameter names become dashes; None gives a bare name."""
        parts = []
        for k, v in _params.items():
            if v is None:
                parts.append(k.replace('_', '-'))
            else:
                parts.append(_formatparam(k.replace('_', '-'), v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replace the first header named _name, keeping its position; KeyError if none."""
        _name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == _name:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(_name)

    # Content-Type and its parameters

    def get_content_type(self):
        """'maintype/subtype' in lower case; the default type if absent, text/plain if invalid."""
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for p in _parseparam(value):
            try:
                name, val = p.split('=', 1)
                name = name.strip()
                val = val.strip()
            except ValueError:
                name = p.strip()
                val = ''
            params.append((name, val))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """[(name, value), ...] of the header's parameters; the first is (value-before-';', '')."""
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """The value of parameter `param` of the header (a (charset, lang, value) triple for
        an RFC 2231 value), or failobj."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                if unquote:
                    return _unquotevalue(v)
                return v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set (add or change) a parameter of the header, creating text/plain if needed."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    append_param = _formatparam(param, value, requote)
                else:
                    append_param = _formatparam(old_param, old_value, requote)
                ctype = append_param if not ctype else SEMISPACE.join([ctype, append_param])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        """Remove parameter `param` from the header (which is rewritten)."""
        if header not in self:
            return
        new_ctype = ''
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                if not new_ctype:
                    new_ctype = _formatparam(p, v, requote)
                else:
                    new_ctype = SEMISPACE.join([new_ctype, _formatparam(p, v, requote)])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the main/sub type, keeping the header's parameters; adds MIME-Version."""
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename (or Content-Type's name), collapsed to a str."""
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def get_content_charset(self, failobj=None):
        """Content-Type's charset parameter in lower case, or failobj (also if not ASCII)."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or 'us-ascii'
            try:
                as_bytes = charset[2].encode('raw-unicode-escape')
                charset = str(as_bytes, pcharset)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        """This message and, depth first, every part below it."""
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()
