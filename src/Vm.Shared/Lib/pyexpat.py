"""pyexpat: expat's parser API over the VM's own XML tokenizer (the native _xmltok module, written in C#).

_xmltok.scan tokenizes UTF-8 bytes and reports tokens with expat's positions and errors; this module keeps
what lies between scans (unscanned bytes, the open element names, namespace scopes, the declared entities),
checks structure (mismatched tags, unbound prefixes), decodes other encodings to UTF-8 and calls the
handlers the way expat does (character data buffering, namespace events, the default handler).
"""

import sys as _sys
import _xmltok
from _pyexpat_errors import MESSAGES as _MESSAGES, CONSTANT_NAMES as _NAMES, MODEL_CONSTANTS as _MODEL

EXPAT_VERSION = "expat_2.6.3"
version_info = (2, 6, 3)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0), ("XML_CONTEXT_BYTES", 1024),
            ("XML_NS", 0), ("XML_BLAP_MAX_AMP", 100), ("XML_BLAP_ACT_THRES", 8388608), ("XML_GE", 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    pass


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError


def ErrorString(code):
    """The message expat gives for an error code (None for an unknown one)."""
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


def _submodule(name, values, doc):
    mod = type(_sys)(name, doc)
    for k, v in values.items():
        setattr(mod, k, v)
    return mod


errors = _submodule("pyexpat.errors", {}, "Constants used to describe error conditions.")
errors.codes = {}
errors.messages = {}
for _code in range(1, len(_MESSAGES)):
    setattr(errors, "XML_ERROR_" + _NAMES[_code], _MESSAGES[_code])
    errors.codes[_MESSAGES[_code]] = _code
    errors.messages[_code] = _MESSAGES[_code]
model = _submodule("pyexpat.model", _MODEL, "Constants used to interpret content model information.")
_sys.modules.setdefault("pyexpat.errors", errors)
_sys.modules.setdefault("pyexpat.model", model)

_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
    "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
    "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler", "StartDoctypeDeclHandler",
    "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
    "SkippedEntityHandler",
)
_XML_NS = "http://www.w3.org/XML/1998/namespace"

# Event kinds of _xmltok.scan (Modules/Xml/XmlEvent.cs).
(_START, _END, _DATA, _CDATA_START, _CDATA_END, _COMMENT, _PI, _XMLDECL, _DOCTYPE, _DOCTYPE_END, _BLANK, _ENTITY,
 _SKIPPED) = range(13)


def _encoding_of(head):
    """The encoding a document's first bytes declare (BOM or XML declaration), or None for UTF-8."""
    if head.startswith(b"\xef\xbb\xbf"):
        return None
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
        return "utf-16"
    if head.startswith(b"<\x00?\x00"):
        return "utf-16-le"
    if head.startswith(b"\x00<\x00?"):
        return "utf-16-be"
    if head.startswith(b"<?xml"):
        end = head.find(b"?>")
        if end < 0:
            return None  # expat reports the unclosed declaration
        decl = head[:end]
        i = decl.find(b"encoding")
        if i >= 0:
            rest = decl[i + 8:].lstrip()
            if rest.startswith(b"="):
                rest = rest[1:].lstrip()
                if rest[:1] in (b'"', b"'"):
                    j = rest.find(rest[:1], 1)
                    if j > 0:
                        name = rest[1:j].decode("latin-1")
                        if not name[:1].isalpha() or not name.replace(".", "").replace("_", "").replace("-", "").isalnum():
                            return None  # expat reports the malformed declaration
                        return None if name.lower().replace("_", "-") in ("utf-8", "utf8", "us-ascii", "ascii") else name
    return None


def _may_declare(raw):
    """True if these first bytes may still become a UTF-8 BOM and/or an XML declaration."""
    if raw and b"\xef\xbb\xbf".startswith(raw):
        return True
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    n = min(len(body), 5)
    return body[:n] == b"<?xml"[:n]


class XMLParserType:
    """An expat parser: feed it with Parse/ParseFile, and it calls the handlers set on it."""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        d = self.__dict__
        for name in _HANDLERS:
            d[name] = None
        d["_encoding"] = encoding
        d["_sep"] = namespace_separator
        d["intern"] = {} if intern is None else intern
        d["buffer_text"] = False
        d["buffer_size"] = 8192
        d["_text"] = []
        d["_text_len"] = 0
        d["ordered_attributes"] = False
        d["specified_attributes"] = False
        d["namespace_prefixes"] = False
        d["_raw"] = b""          # bytes before the encoding is known
        d["_decoder"] = None     # incremental decoder for a non-UTF-8 document
        d["_started"] = False
        d["_buf"] = b""          # UTF-8 bytes not yet scanned
        d["_base"] = 0           # byte index of _buf[0] in the document
        d["_line"] = 1
        d["_col"] = 0
        d["_depth"] = 0
        d["_phase"] = 0
        d["_entities"] = []
        d["_stack"] = []         # open element names (raw, prefix:local)
        d["_scopes"] = []        # per open element: (declared prefixes, previous bindings) when namespaces are on
        d["_ns"] = {"xml": _XML_NS}
        d["_finished"] = False
        d["_pos"] = (1, 0, -1)   # current event: line, column, byte index
        d["_error"] = (0,)
        d["_base_uri"] = None
        d["_reparse_deferral"] = True
        d["_had_before"] = 0     # bytes held when a scan last consumed nothing (expat's reparse deferral)
        d["_skip"] = 0           # bytes of _buf expat would have consumed already (a partial DOCTYPE's tokens)

    # ---- attributes ----

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in _HANDLERS or name in ("ordered_attributes", "specified_attributes", "namespace_prefixes"):
            if name == "CharacterDataHandler" and d["CharacterDataHandler"] is not value:
                self._flush()
            d[name] = bool(value) if name.endswith(("attributes", "prefixes")) else value
        elif name == "buffer_text":
            if not value:
                self._flush()
            d[name] = bool(value)
        elif name == "buffer_size":
            if not isinstance(value, int):
                raise TypeError("buffer_size must be an integer")
            if value <= 0:
                raise ValueError("buffer_size must be greater than zero")
            self._flush()
            d[name] = value
        else:
            raise AttributeError(f"'xmlparser' object has no attribute '{name}'")

    @property
    def buffer_used(self):
        return self._text_len

    CurrentLineNumber = property(lambda self: self._pos[0])
    CurrentColumnNumber = property(lambda self: self._pos[1])
    CurrentByteIndex = property(lambda self: self._pos[2])
    # expat's error position is its current position (the error's, once there is one)
    ErrorCode = property(lambda self: self._error[0])
    ErrorLineNumber = property(lambda self: self._pos[0])
    ErrorColumnNumber = property(lambda self: self._pos[1])
    ErrorByteIndex = property(lambda self: self._pos[2])

    def SetBase(self, base):
        self.__dict__["_base_uri"] = base

    def GetBase(self):
        return self._base_uri

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def GetReparseDeferralEnabled(self):
        return self._reparse_deferral

    def SetReparseDeferralEnabled(self, enabled):
        self.__dict__["_reparse_deferral"] = bool(enabled)

    def ExternalEntityParserCreate(self, context, encoding=None):
        return XMLParserType(encoding or self._encoding, self._sep, self.intern)

    # ---- parsing ----

    def ParseFile(self, file):
        read = getattr(file, "read", None)
        if read is None:
            raise TypeError("argument must have 'read' attribute")
        while True:
            chunk = read(2048)
            if not chunk:
                break
            if not isinstance(chunk, (bytes, bytearray, str)):
                raise TypeError(f"read() did not return a bytes object (type={type(chunk).__name__})")
            self.Parse(chunk, False)
        return self.Parse(b"", True)

    def Parse(self, data, isfinal=False):
        d = self.__dict__
        if self._finished:
            self._fail(36, self._line, self._col, self._base)
        if isinstance(data, str):
            if not self._started:
                d["_encoding"] = "utf-8"
            data = data.encode("utf-8", "surrogatepass")
        elif not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).tobytes()
        else:
            data = bytes(data)
        data = self._decode(data, isfinal)
        if data is None:
            return 1
        d["_buf"] = self._buf + data if self._buf else data
        if isfinal:
            d["_finished"] = True
        elif self._reparse_deferral and len(self._buf) - self._skip < 2 * self._had_before:
            # expat 2.6 does not retry a partial token until the input has doubled since the last try
            return 1
        events, pos, line, col, depth, phase, err, progress = _xmltok.scan(
            self._buf, 0, isfinal, self._line, self._col, self._depth, self._phase, self._entities,
            self._sep is not None)
        try:
            self._dispatch(events)
        finally:
            self._flush_at(line, col, self._base + pos)
        if err is not None:
            code, off, eline, ecol = err
            self._fail(code, eline, ecol, self._base + off)
        consumed = progress > self._skip or events
        d["_had_before"] = 0 if consumed else len(self._buf) - self._skip
        d["_skip"] = progress - pos
        d["_buf"] = self._buf[pos:]
        d["_base"] = self._base + pos
        d["_line"], d["_col"], d["_depth"], d["_phase"] = line, col, depth, phase
        d["_pos"] = (line, col, self._base)
        return 1

    def _decode(self, data, isfinal):
        """UTF-8 bytes of the next piece of the document (None while the encoding is still undecided)."""
        d = self.__dict__
        if not self._started:
            raw = self._raw + data
            if self._encoding is None and not isfinal and b"?>" not in raw and _may_declare(raw):
                # the XML declaration is not complete yet: like expat, consume nothing
                d["_raw"] = raw
                if not (self._reparse_deferral and len(raw) < 2 * self._had_before):
                    d["_had_before"] = len(raw)
                return None
            d["_started"] = True
            d["_raw"] = b""
            enc = self._encoding
            if enc is not None and enc.lower().replace("_", "-") in ("utf-8", "utf8"):
                enc = None
            elif enc is None:
                enc = _encoding_of(raw)
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
                d["_base"] = 3
            if enc is not None:
                import codecs
                d["_decoder"] = codecs.getincrementaldecoder(enc)()  # LookupError as in CPython
            data = raw
        dec = self._decoder
        if dec is not None:
            try:
                data = dec.decode(data, isfinal).encode("utf-8", "surrogatepass")
            except UnicodeDecodeError:
                self._fail(4, self._line, self._col, self._base)
        return data

    def _fail(self, code, line, col, index):
        self.__dict__["_error"] = (code,)
        self.__dict__["_pos"] = (line, col, index)
        self.__dict__["_finished"] = True
        err = ExpatError(f"{_MESSAGES[code]}: line {line}, column {col}")
        err.code = code
        err.lineno = line
        err.offset = col
        raise err

    # ---- handlers ----

    def _flush(self):
        if self._text:
            text = "".join(self._text)
            self._text.clear()
            self.__dict__["_text_len"] = 0
            handler = self.CharacterDataHandler
            if handler is not None:
                handler(text)

    def _flush_at(self, line, col, index):
        if self._text:
            self.__dict__["_pos"] = (line, col, index)
            self._flush()

    def _data(self, text):
        if not self.buffer_text:
            self.CharacterDataHandler(text)
            return
        n = len(text)
        if self._text_len + n > self.buffer_size:
            self._flush()
            if n > self.buffer_size:
                self.CharacterDataHandler(text)
                return
        self._text.append(text)
        self.__dict__["_text_len"] += n

    def _default(self, off, end):
        handler = self.DefaultHandler or self.DefaultHandlerExpand
        if handler is not None:
            handler(self._buf[off:end].decode("utf-8", "surrogatepass"))

    def _dispatch(self, events):
        d = self.__dict__
        base = self._base
        for kind, off, end, line, col, s1, s2, s3, flag in events:
            if self._text and kind != _DATA:
                self._flush_at(line, col, base + off)
            d["_pos"] = (line, col, base + off)
            if kind == _DATA:
                if self.CharacterDataHandler is not None:
                    self._data(s1)
                else:
                    self._default(off, end)
            elif kind == _START:
                self._start(s1, s2, line, col, base + off, off, end)
            elif kind == _END:
                self._end(s1, line, col, base + off, off, end)
            elif kind == _BLANK:
                self._default(off, end)
            elif kind == _COMMENT:
                if self.CommentHandler is not None:
                    self.CommentHandler(s1)
                else:
                    self._default(off, end)
            elif kind == _PI:
                if self.ProcessingInstructionHandler is not None:
                    self.ProcessingInstructionHandler(s1, s2)
                else:
                    self._default(off, end)
            elif kind == _CDATA_START:
                if self.StartCdataSectionHandler is not None:
                    self.StartCdataSectionHandler()
                else:
                    self._default(off, end)
            elif kind == _CDATA_END:
                if self.EndCdataSectionHandler is not None:
                    self.EndCdataSectionHandler()
                else:
                    self._default(off, end)
            elif kind == _XMLDECL:
                if self.XmlDeclHandler is not None:
                    self.XmlDeclHandler(s1, s2, flag)
                else:
                    self._default(off, end)
            elif kind == _DOCTYPE:
                if s2 is not None or s3 is not None:
                    # an external subset may declare any entity: undeclared ones are skipped, not errors
                    self._entities.extend(("", ""))
                if self.StartDoctypeDeclHandler is not None:
                    self.StartDoctypeDeclHandler(s1, s2, s3, flag)
            elif kind == _DOCTYPE_END:
                if self.EndDoctypeDeclHandler is not None:
                    self.EndDoctypeDeclHandler()
            elif kind == _SKIPPED:
                if self.SkippedEntityHandler is not None:
                    self.SkippedEntityHandler(s1, 0)
                else:
                    self._default(off, end)
            elif kind == _ENTITY:
                self._entities.extend((s1, s2))
                if self.EntityDeclHandler is not None:
                    self.EntityDeclHandler(s1, 0, s2, self._base_uri, None, None, None)

    def _start(self, name, attrs, line, col, index, off, end):
        self._stack.append(name)
        if self._sep is not None:
            name, attrs = self._bind(name, attrs, line, col, index)
        handler = self.StartElementHandler
        if handler is None:
            self._default(off, end)
            return
        if not self.ordered_attributes:
            attrs = {attrs[i]: attrs[i + 1] for i in range(0, len(attrs), 2)}
        handler(name, attrs)

    def _end(self, name, line, col, index, off, end):
        stack = self._stack
        if not stack or stack[-1] != name:
            self._fail(7, line, col + 2, index + 2)
        stack.pop()
        if self._sep is not None:
            name = self._expand(name, False, line, col, index)
        if self.EndElementHandler is not None:
            self.EndElementHandler(name)
        else:
            self._default(off, end)
        if self._sep is not None:
            declared, previous = self._scopes.pop()
            ns = self._ns
            for prefix, old in zip(reversed(declared), reversed(previous)):
                key = prefix or ""
                if old is None:
                    ns.pop(key, None)
                else:
                    ns[key] = old
                if self.EndNamespaceDeclHandler is not None:
                    self.EndNamespaceDeclHandler(prefix)

    # ---- namespaces ----

    def _bind(self, name, attrs, line, col, index):
        ns = self._ns
        declared, previous, kept = [], [], []
        for i in range(0, len(attrs), 2):
            key, value = attrs[i], attrs[i + 1]
            if key == "xmlns" or key.startswith("xmlns:"):
                prefix = key[6:] or None
                declared.append(prefix)
                previous.append(ns.get(prefix or ""))
                ns[prefix or ""] = value
                if self.StartNamespaceDeclHandler is not None:
                    self.StartNamespaceDeclHandler(prefix, value or None)
            else:
                kept.extend((key, value))
        self._scopes.append((declared, previous))
        name = self._expand(name, False, line, col, index)
        for i in range(0, len(kept), 2):
            kept[i] = self._expand(kept[i], True, line, col, index)
        return name, kept

    def _expand(self, qname, is_attribute, line, col, index):
        prefix, colon, local = qname.partition(":")
        if not colon:
            if is_attribute:
                return qname
            uri = self._ns.get("")
            return self._sep.join((uri, qname)) if uri else qname
        uri = self._ns.get(prefix)
        if not uri:
            self._fail(27, line, col, index)
        if self.namespace_prefixes:
            return self._sep.join((uri, local, prefix))
        return self._sep.join((uri, local))


XMLParserType.__name__ = "xmlparser"
XMLParserType.__qualname__ = "xmlparser"


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """A new parser; namespace_separator (one character) turns namespace processing on."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"ParserCreate() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not "
                            + type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    if intern is not None and not isinstance(intern, dict):
        raise TypeError("intern must be a dictionary")
    return XMLParserType(encoding, namespace_separator, intern)
