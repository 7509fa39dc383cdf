"""The ElementTree XML API: an element tree in memory, parsed by expat and written back as XML, HTML or text.

Written from the library documentation (Doc/library/xml.etree.elementtree.rst). Parsing goes through
XMLParser (pyexpat with '}' as namespace separator) into a TreeBuilder; serialisation is in
_Serializer below: it collects the namespace prefixes first, then writes each node.
"""

import io
import re
import sys
import warnings
import contextlib

from . import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "canonicalize", "fromstring", "fromstringlist", "indent",
    "iselement", "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace", "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A parse failure; .code is expat's error code, .position the (line, column) pair."""


def iselement(element):
    """True if the object looks like an element (has a tag)."""
    return hasattr(element, "tag")


def _type_name(obj):
    return type(obj).__name__


def _check(element, message, what="__setitem__() argument 2"):
    if not iselement(element):
        raise TypeError(message or f"{what} must be xml.etree.ElementTree.Element, not {_type_name(element)}")


class Element:
    """An element: tag, attrib dict, text, tail and a list of subelements."""

    __slots__ = ("tag", "attrib", "text", "tail", "_children", "__weakref__")

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError(f"Element() argument 2 must be dict, not {_type_name(attrib)}")
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        """A new element with this tag and a copy of attrib (a plain Element, as CPython's C version makes)."""
        return Element(tag, attrib)

    def __copy__(self):
        e = self.makeelement(self.tag, self.attrib)
        e.text = self.text
        e.tail = self.tail
        e[:] = self
        return e

    def __deepcopy__(self, memo):
        from copy import deepcopy
        e = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        e.text = deepcopy(self.text, memo)
        e.tail = deepcopy(self.tail, memo)
        e._children = [deepcopy(c, memo) for c in self._children]
        return e

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        warnings.warn(
            "Testing an element's truth value will always return True in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            DeprecationWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            items = list(element)
            for e in items:
                _check(e, "expected an Element, not \"%s\"" % _type_name(e) if not iselement(e) else None)
            self._children[index] = items
            return
        n = len(self._children)
        if not -n <= index < n:
            raise IndexError("child assignment index out of range")
        _check(element, None)
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        """Adds subelement at the end."""
        _check(subelement, None, "append() argument 1")
        self._children.append(subelement)

    def extend(self, elements):
        """Adds the elements of an iterable at the end."""
        items = list(elements)
        for e in items:
            _check(e, 'expected an Element, not "%s"' % _type_name(e))
        self._children.extend(items)

    def insert(self, index, subelement):
        """Inserts subelement at position index."""
        _check(subelement, None, "insert() argument 2")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        """Removes the first subelement that is subelement (compared by identity, then equality)."""
        _check(subelement, None, "remove() argument 1")
        for i, c in enumerate(self._children):
            if c is subelement:
                del self._children[i]
                return
        self._children.remove(subelement)

    def clear(self):
        """Removes subelements, attributes, text and tail."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        """This element and its descendants in document order, only those with this tag unless tag is None/'*'."""
        if tag == "*":
            tag = None
        stack = [iter((self,))]
        while stack:
            for e in stack[-1]:
                if tag is None or e.tag == tag:
                    yield e
                stack.append(iter(e._children))
                break
            else:
                stack.pop()

    def itertext(self):
        """The text of this element and its descendants (with their tails), in document order."""
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for c in self._children:
            yield from c.itertext()
            if c.tail:
                yield c.tail

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)


def SubElement(parent, tag, attrib={}, **extra):
    """Creates an element and appends it to parent."""
    if not isinstance(attrib, dict):
        raise TypeError(f"SubElement() argument 3 must be dict, not {_type_name(attrib)}")
    element = Element(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element: its tag is this function, its text the comment."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing-instruction element: its tag is this function, its text 'target text'."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = target + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name '{uri}local', written with a namespace prefix when serialised."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


class ElementTree:
    """A whole document: a root element, with parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        if not iselement(element):
            raise TypeError("expected an Element, not %s" % _type_name(element))
        self._root = element

    def parse(self, source, parser=None):
        """Parses a file name or file object into this tree; returns the root."""
        close = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future version.  "
                "If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        """Writes the tree as XML (or 'html' / 'text') to a file name or a file object."""
        method = method or "xml"
        if method not in ("xml", "html", "text", "c14n"):
            raise ValueError("unknown method %r" % method)
        if method == "c14n":
            return self.write_c14n(file_or_filename)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        with _open_writer(file_or_filename, encoding) as (write, declared):
            if method == "xml" and (xml_declaration or (
                    xml_declaration is None and encoding.lower() not in ("utf-8", "us-ascii", "unicode"))):
                write("<?xml version='1.0' encoding='%s'?>\n" % declared)
            if method == "text":
                for text in self._root.itertext():
                    write(text)
                if self._root.tail:
                    write(self._root.tail)
            else:
                _Serializer(write, method, default_namespace, short_empty_elements).element(self._root)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


@contextlib.contextmanager
def _open_writer(target, encoding):
    """Yields (write(str), the encoding to declare) for a file name or a text/binary file object."""
    if encoding.lower() == "unicode":
        if hasattr(target, "write"):
            yield target.write, getattr(target, "encoding", None) or "utf-8"
        else:
            with open(target, "w", encoding="utf-8", errors="xmlcharrefreplace") as f:
                yield f.write, "utf-8"
        return
    if not hasattr(target, "write"):
        with open(target, "w", encoding=encoding, errors="xmlcharrefreplace") as f:
            yield f.write, encoding
        return
    import codecs
    encoder = codecs.getincrementalencoder(encoding)("xmlcharrefreplace")
    sink = target.write
    yield (lambda text: sink(encoder.encode(text))), encoding
    tail = encoder.encode("", True)
    if tail:
        sink(tail)


# ---- serialisation ----

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex",
              "link", "meta", "param", "source", "track", "wbr"}


def register_namespace(prefix, uri):
    """Makes `prefix` the prefix written for namespace `uri` (removing any other mapping to prefix)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


register_namespace._namespace_map = _namespace_map


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        for ch, rep in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                        ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
            if ch in text:
                text = text.replace(ch, rep)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        for ch, rep in (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")):
            if ch in text:
                text = text.replace(ch, rep)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


class _Serializer:
    """Writes one element tree: first maps every namespace URI in use to a prefix, then each node."""

    def __init__(self, write, method, default_namespace, short_empty):
        self.write = write
        self.html = method == "html"
        self.default_namespace = default_namespace
        self.short_empty = short_empty
        self.names = {}       # tag or attribute key -> written name
        self.prefixes = {}    # uri -> prefix

    def element(self, root):
        self._collect(root)
        self._node(root, root_decls=True)

    def _prefix(self, uri):
        prefix = self.prefixes.get(uri)
        if prefix is None:
            prefix = _namespace_map.get(uri)
            if prefix is None:
                prefix = "ns%d" % len(self.prefixes)
            if prefix != "xml":
                self.prefixes[uri] = prefix
        return prefix

    def _qname(self, name, is_attribute):
        written = self.names.get(name)
        if written is not None:
            return written
        if name[:1] == "{":
            uri, local = name[1:].rsplit("}", 1)
            if uri == self.default_namespace and not is_attribute:
                written = local
            else:
                prefix = "xml" if uri == "http://www.w3.org/XML/1998/namespace" else self._prefix(uri)
                written = "%s:%s" % (prefix, local) if prefix else local
        else:
            if self.default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            written = name
        self.names[name] = written
        return written

    def _collect(self, root):
        if self.default_namespace:
            self.prefixes[self.default_namespace] = ""
        for e in root.iter():
            tag = e.tag
            if isinstance(tag, QName):
                self._qname(tag.text, False)
            elif isinstance(tag, str):
                self._qname(tag, False)
            elif tag is not None and tag is not Comment and tag is not PI:
                _raise_serialization_error(tag)
            for key, value in e.items():
                if isinstance(key, QName):
                    key = key.text
                elif not isinstance(key, str):
                    _raise_serialization_error(key)
                self._qname(key, True)
                if isinstance(value, QName):
                    self._qname(value.text, False)
            if isinstance(e.text, QName):
                self._qname(e.text.text, False)

    def _node(self, e, root_decls=False):
        write = self.write
        tag = e.tag
        text = e.text
        if tag is Comment:
            write("<!--%s-->" % text)
        elif tag is ProcessingInstruction:
            write("<?%s?>" % text)
        elif tag is None:
            if text:
                write(_escape_cdata(text))
            for c in e:
                self._node(c, root_decls)
        else:
            name = self._qname(tag.text if isinstance(tag, QName) else tag, False)
            write("<" + name)
            if root_decls and self.prefixes:
                for uri, prefix in sorted(self.prefixes.items(), key=lambda kv: kv[1]):
                    write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attrib(uri)))
            for key, value in e.items():
                key = self._qname(key.text if isinstance(key, QName) else key, True)
                if isinstance(value, QName):
                    value = self._qname(value.text, False)
                else:
                    value = _escape_attrib_html(value) if self.html else _escape_attrib(value)
                write(' %s="%s"' % (key, value))
            if self.html:
                self._html_content(e, name, text)
            elif text or len(e) or not self.short_empty:
                write(">")
                if text:
                    write(_escape_cdata(self._qname(text.text, False) if isinstance(text, QName) else text))
                for c in e:
                    self._node(c)
                write("</" + name + ">")
            else:
                write(" />")
        if e.tail:
            write(_escape_cdata(e.tail))

    def _html_content(self, e, name, text):
        write = self.write
        write(">")
        low = name.lower()
        if text:
            write(text if low in ("script", "style") else _escape_cdata(text))
        for c in e:
            self._node(c)
        if low not in HTML_EMPTY:
            write("</" + name + ">")


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The element serialised: bytes in `encoding` (US-ASCII by default), or str for encoding='unicode'."""
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


class _ChunkList(list):
    def write(self, chunk):
        self.append(chunk)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    """Like tostring, as a list of pieces whose concatenation is tostring's result."""
    if encoding != "unicode":
        return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                         default_namespace=default_namespace, short_empty_elements=short_empty_elements)]
    chunks = _ChunkList()
    ElementTree(element).write(chunks, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return list(chunks)


def dump(elem):
    """Writes an element (or tree) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indents the tree in place: each level on its own line, `space` per level (whitespace-only text replaced)."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return

    indents = ["\n" + space * level]  # one string per level, shared by the elements at that level

    def indentation(depth):
        while len(indents) <= depth - level:
            indents.append(indents[-1] + space)
        return indents[depth - level]

    def walk(elem, depth):
        inner = indentation(depth + 1)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = indentation(depth)

    walk(tree, level)


# ---- parsing ----

class TreeBuilder:
    """Builds an element tree from start/data/end (and comment/pi) calls; close() returns the root."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._stack = []
        self._data = []
        self._last = None
        self._root = None
        self._tail = False   # True when pending text is the tail of _last

    def close(self):
        """The root element built (None if there was none)."""
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = self._data[0] if len(self._data) == 1 else "".join(self._data)
                if self._tail:
                    if self._last.tail:
                        raise AssertionError("internal error (tail)")
                    self._last.tail = text
                else:
                    if self._last.text:
                        raise AssertionError("internal error (text)")
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._stack:
            self._stack[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._stack.append(elem)
        self._tail = False
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._stack.pop()
        self._tail = True
        return self._last

    def comment(self, text):
        return self._special(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._special(self._pi_factory, self.insert_pis, target, text)

    def _special(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._stack:
                self._stack[-1].append(elem)
            self._tail = True
        return elem


class XMLParser:
    """Feeds expat and calls a target's start/end/data/comment/pi/start_ns/end_ns/doctype/close."""

    def __init__(self, *, target=None, encoding=None):
        from xml.parsers import expat
        self._expat = expat
        parser = expat.ParserCreate(encoding, "}")
        self.parser = self._parser = parser
        self.target = self._target = target if target is not None else TreeBuilder()
        self.entity = {}
        self._names = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        target = self._target
        parser.ordered_attributes = 1
        parser.DefaultHandlerExpand = self._default
        if hasattr(target, "start"):
            parser.StartElementHandler = self._start
        if hasattr(target, "end"):
            parser.EndElementHandler = self._end
        if hasattr(target, "start_ns"):
            parser.StartNamespaceDeclHandler = lambda prefix, uri: target.start_ns(prefix or "", uri or "")
        if hasattr(target, "end_ns"):
            parser.EndNamespaceDeclHandler = lambda prefix: target.end_ns(prefix or "")
        if hasattr(target, "data"):
            parser.CharacterDataHandler = target.data
        if hasattr(target, "comment"):
            parser.CommentHandler = target.comment
        if hasattr(target, "pi"):
            parser.ProcessingInstructionHandler = target.pi
        parser.StartDoctypeDeclHandler = self._doctype

    def _name(self, key):
        name = self._names.get(key)
        if name is None:
            name = "{" + key if "}" in key else key
            self._names[key] = name
        return name

    def _start(self, tag, attrs):
        attrib = {}
        for i in range(0, len(attrs), 2):
            attrib[self._name(attrs[i])] = attrs[i + 1]
        return self._target.start(self._name(tag), attrib)

    def _end(self, tag):
        return self._target.end(self._name(tag))

    def _doctype(self, name, sysid, pubid, has_internal_subset):
        handler = getattr(self._target, "doctype", None)
        if handler is not None:
            handler(name, pubid, sysid)

    def _default(self, text):
        if text[:1] == "&":
            value = self.entity.get(text[1:-1])
            if value is None:
                p = self._parser
                err = ParseError("undefined entity %s: line %d, column %d"
                                 % (text, p.ErrorLineNumber, p.ErrorColumnNumber))
                err.code = 11
                err.position = p.ErrorLineNumber, p.ErrorColumnNumber
                raise err
            self._target.data(value)

    def _error(self, value):
        err = ParseError(str(value))
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err from None

    def feed(self, data):
        """Feeds bytes or str to the parser."""
        try:
            self._parser.Parse(data, False)
        except self._expat.error as v:
            self._error(v)

    def flush(self):
        was = self._parser.GetReparseDeferralEnabled()
        try:
            self._parser.SetReparseDeferralEnabled(False)
            self._parser.Parse(b"", False)
        except self._expat.error as v:
            self._error(v)
        finally:
            self._parser.SetReparseDeferralEnabled(was)

    def close(self):
        """Finishes the document; returns what the target's close() returns (the root for a TreeBuilder)."""
        try:
            self._parser.Parse(b"", True)
        except self._expat.error as v:
            self._error(v)
        try:
            close = self._target.close
        except AttributeError:
            return None
        return close()


def XML(text, parser=None):
    """Parses an XML document from a string; returns its root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    """Parses a document given as a sequence of string fragments."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    """Parses a document; returns (root, {id attribute: element})."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id_ = elem.get("id")
        if id_:
            ids[id_] = elem
    return tree, ids


def parse(source, parser=None):
    """Parses a file (name or file object) into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _EventTarget(TreeBuilder):
    """A TreeBuilder that also queues (event, value) pairs for XMLPullParser."""

    def __init__(self, events, queue):
        super().__init__()
        self._queue = queue
        self._want = set(events)
        self._ns_pending = []

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if "start" in self._want:
            self._queue.append(("start", elem))
        return elem

    def end(self, tag):
        elem = super().end(tag)
        if "end" in self._want:
            self._queue.append(("end", elem))
        return elem

    def start_ns(self, prefix, uri):
        if "start-ns" in self._want:
            self._queue.append(("start-ns", (prefix or "", uri or "")))

    def end_ns(self, prefix):
        if "end-ns" in self._want:
            self._queue.append(("end-ns", None))

    def comment(self, text):
        elem = super().comment(text)
        if "comment" in self._want:
            self._queue.append(("comment", elem))
        return elem

    def pi(self, target, text=None):
        elem = super().pi(target, text)
        if "pi" in self._want:
            self._queue.append(("pi", elem))
        return elem


class XMLPullParser:
    """A non-blocking parser: feed() data, then read_events() yields the (event, element) pairs so far."""

    _EVENTS = ("start", "end", "comment", "pi", "start-ns", "end-ns")

    def __init__(self, events=None, *, _parser=None):
        self._events = []
        if events is None:
            events = ("end",)
        for event in events:
            if event not in self._EVENTS:
                raise ValueError("unknown event %r" % event)
        self._target = _EventTarget(events, self._events)
        self._parser = _parser or XMLParser(target=self._target)
        if _parser is not None:
            raise NotImplementedError("XMLPullParser(_parser=...) is not supported")

    def feed(self, data):
        """Feeds data; parse errors are queued and raised by read_events()."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events.append(exc)

    def flush(self):
        if self._parser is None:
            raise ValueError("flush() called after end of stream")
        self._parser.flush()

    def _finish_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Finishes parsing (remaining events stay readable)."""
        self._finish_root()

    def read_events(self):
        """Yields the queued events, raising a queued parse error in its place."""
        events = self._events
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event


def iterparse(source, events=None, parser=None):
    """Parses a file incrementally, yielding (event, element) pairs; the iterator's .root is the root at the end."""
    if parser is not None:
        raise TypeError("iterparse() parser argument is not supported")
    pull = XMLPullParser(events=events)
    close_source = not hasattr(source, "read")
    if close_source:
        source = open(source, "rb")

    def generate():
        try:
            while True:
                yield from pull.read_events()
                data = source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._finish_root()
            yield from pull.read_events()
            it.root = root
        finally:
            if close_source:
                source.close()

    class IterParseIterator:
        root = None

        def __iter__(self):
            return self

        def __next__(self):
            return next(gen)

        def close(self):
            gen.close()
            if close_source:
                source.close()

        def __del__(self):
            if close_source:
                source.close()

    it = IterParseIterator()
    gen = generate()
    return it


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("canonicalize() is not implemented by this VM")


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError("C14NWriterTarget is not implemented by this VM")
