"""codecs -- Python Codec Registry, API and helpers (the runtime's built-in codecs through _codecs)."""

import builtins
import sys
import _codecs

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__,
             self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + data
        if not data:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
            return result
        newchars, decodedbytes = self.decode(data, self.errors)
        self.bytebuffer = data[decodedbytes:]
        self.charbuffer += newchars
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        text = self.read()
        lines = text.splitlines(True)
        if not lines:
            return self._empty_charbuffer
        self.charbuffer = "".join(lines[1:]) + self.charbuffer
        return lines[0] if keepends else lines[0].splitlines(False)[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        raise NotImplementedError("StreamRecoder is not supported by pyvm")


# ---------------------------------------------------------------- built-in codecs

def _utf8_complete(data):
    """How many leading bytes of data form complete UTF-8 sequences (a cut sequence at the end waits)."""
    n = len(data)
    i = n - 1
    back = 0
    while i >= 0 and back < 3 and (data[i] & 0xC0) == 0x80:
        i -= 1
        back += 1
    if i < 0:
        return n
    lead = data[i]
    need = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 1
    return i if n - i < need else n


def _unit_complete(data, unit, big=False):
    """How many leading bytes of data form whole code units; for UTF-16 (unit 2) a high surrogate
    at the end waits for its pair."""
    n = len(data) - len(data) % unit
    if unit == 2 and n >= 2:
        w = data[n - 2] << 8 | data[n - 1] if big else data[n - 1] << 8 | data[n - 2]
        if 0xD800 <= w <= 0xDBFF:
            n -= 2
    return n


def _make_builtin(name):
    def encode(input, errors='strict'):
        return (_codecs.encode(input, name, errors), len(input))

    def decode(input, errors='strict'):
        return (_codecs.decode(input, name, errors), len(input))

    bom = {'utf-16': BOM_UTF16, 'utf-32': BOM_UTF32, 'utf-8-sig': BOM_UTF8}.get(name)
    after_bom = {'utf-16': 'utf-16-le' if sys.byteorder == 'little' else 'utf-16-be',
                 'utf-32': 'utf-32-le' if sys.byteorder == 'little' else 'utf-32-be',
                 'utf-8-sig': 'utf-8'}.get(name, name)

    class IncrementalEncoder(BufferedIncrementalEncoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalEncoder.__init__(self, errors)
            self.first = True

        def _buffer_encode(self, input, errors, final):
            if not input and not final:
                return (b"", 0)
            enc = name if self.first else after_bom
            self.first = False
            return (_codecs.encode(input, enc, errors), len(input))

        def reset(self):
            BufferedIncrementalEncoder.reset(self)
            self.first = True

        def getstate(self):
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.codec = None if bom is not None else name

        def _buffer_decode(self, data, errors, final):
            codec = self.codec
            if codec is None:
                need = len(bom)
                if len(data) < need and not final:
                    return ("", 0)
                if name == 'utf-8-sig':
                    skip = need if data[:need] == BOM_UTF8 else 0
                    self.codec = 'utf-8'
                    text, used = self._buffer_decode(data[skip:], errors, final)
                    return (text, used + skip)
                if data[:need] == (BOM_UTF16_LE if need == 2 else BOM_UTF32_LE):
                    self.codec = name + '-le'
                    skip = need
                elif data[:need] == (BOM_UTF16_BE if need == 2 else BOM_UTF32_BE):
                    self.codec = name + '-be'
                    skip = need
                else:
                    self.codec = name + ('-le' if sys.byteorder == 'little' else '-be')
                    skip = 0
                text, used = self._buffer_decode(data[skip:], errors, final)
                return (text, used + skip)
            if final:
                n = len(data)
            elif codec.startswith('utf-8'):
                n = _utf8_complete(data)
            elif codec.startswith('utf-16'):
                n = _unit_complete(data, 2, codec.endswith('be'))
            elif codec.startswith('utf-32'):
                n = _unit_complete(data, 4)
            elif codec.endswith('unicode-escape'):
                n = len(data)
                while n > 0 and data[n - 1:n] == b'\\':
                    n -= 1
                n = len(data) if (len(data) - n) % 2 == 0 else len(data) - 1
            else:
                n = len(data)
            return (_codecs.decode(data[:n], codec, errors), n)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.codec = None if bom is not None else name

    class StreamWriter(globals()['StreamWriter']):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader(globals()['StreamReader']):
        def decode(self, input, errors='strict'):
            return IncrementalDecoder(errors)._buffer_decode(input, errors, False)

    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=IncrementalEncoder,
                     incrementaldecoder=IncrementalDecoder,
                     streamwriter=StreamWriter, streamreader=StreamReader)


def _rot13_map():
    m = {}
    for base in (ord('a'), ord('A')):
        for i in range(26):
            m[base + i] = base + (i + 13) % 26
    return m


def _make_transform(name, enc, dec, text):
    def encode(input, errors='strict'):
        return (enc(input), len(input))

    def decode(input, errors='strict'):
        return (dec(input), len(input))

    class IncrementalEncoder(globals()['IncrementalEncoder']):
        def encode(self, input, final=False):
            return enc(input)

    class IncrementalDecoder(globals()['IncrementalDecoder']):
        def decode(self, input, final=False):
            return dec(input)

    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=IncrementalEncoder,
                     incrementaldecoder=IncrementalDecoder,
                     _is_text_encoding=text)


def _hex_decode(b):
    if isinstance(b, str):
        b = b.encode('ascii')
    return bytes.fromhex(bytes(b).decode('ascii'))


_transforms = {
    'rot13': lambda: _make_transform('rot13', lambda s: str.translate(s, _rot13_map()),
                                     lambda s: str.translate(s, _rot13_map()), False),
    'rot_13': lambda: _transforms['rot13'](),
    'hex': lambda: _make_transform('hex', lambda b: bytes(b).hex().encode('ascii'), _hex_decode, False),
    'hex_codec': lambda: _transforms['hex'](),
}

_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize_encoding(encoding, lower):
    # encodings.normalize_encoding (lower-cased for lookups, as CPython 3.9+): runs of characters
    # other than ASCII letters, digits and '.' become one '_', leading/trailing ones are dropped.
    chars = []
    punct = False
    for c in encoding:
        if (c.isalnum() and c.isascii()) or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c.lower() if lower else c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize_encoding(encoding, True)
    info = _cache.get(key)
    if info is not None:
        return info
    for f in _search_functions:
        info = f(key)
        if info is not None:
            if not isinstance(info, CodecInfo) and not (isinstance(info, tuple) and len(info) == 4):
                raise TypeError("codec search functions must return 4-tuples")
            break
    else:
        info = None
        t = _transforms.get(key)
        if t is not None:
            info = t()
        else:
            try:
                info = _make_builtin(_codecs.lookup_name(encoding))
            except LookupError:
                raise LookupError("unknown encoding: %s" % encoding) from None
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    return info.encode(obj, errors)[0] if info[0] is not None else info[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    return info.decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file (the text layer of built-in open does the coding)."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if 'b' in mode:
        mode = mode.replace('b', '')
    return builtins.open(filename, mode, buffering, encoding=encoding, errors=errors)


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("EncodedFile is not supported by pyvm")


# ---------------------------------------------------------------- error handlers

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        ch = '?' if isinstance(exc, UnicodeEncodeError) else '\ufffd'
        return (ch * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        out = []
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            out.append('\\x%02x' % o if o < 0x100 else '\\u%04x' % o if o < 0x10000 else '\\U%08x' % o)
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except (ValueError, ImportError):
                o = ord(c)
                out.append('\\x%02x' % o if o < 0x100 else '\\u%04x' % o if o < 0x10000 else '\\U%08x' % o)
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
}


def register_error(name, error_handler):
    """Register the specified error handler under the name (used by codecs.* helpers here;
    the built-in str.encode/bytes.decode know only the standard handlers)."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """Return the error handler for the specified error handling name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
