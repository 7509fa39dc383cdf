# Malformed documents: expat's message, code, line and column, ErrorByteIndex, fed whole and in pieces.
import xml.parsers.expat as expat
from xml.parsers.expat import errors

CASES = [
    "", "abc", "<a>", "<a><b></a>", "<a/><b/>", "<a>&</a>", "<a>&foo;</a>", "<a", "<a><b", "<!-- x",
    "<a><![CDATA[xx", "<a>]]></a>", "<a b='1' b='2'/>", "<a>< b</a>", "<a>&#0;</a>", "<a>&#xD800;</a>",
    "<a x=1/>", "<a\n b='<'/>", " <?xml version='1.0'?><a/>", "<a><!-- a -- b --></a>", "<a></a>junk",
    "<?XML version='1.0'?><a/>", "<a>\n\n  </b>", "<x:a xmlns:x='u'><y:b/></x:a>", "<a/>\n</a>", "</a>",
    "<a b='&e;'/>", "<a><!x></a>", "<a><!-x></a>", "<a>\x01</a>", "<a>caf\xe9 \u4e2d\n&bad;</a>",
    "<?xml version='1.0' encoding='utf-8' standalone='maybe'?><a/>", "<a b='1'c='2'/>", "<a></a><!-- c -->x",
    "<!DOCTYPE a [<!ENTITY e 'hi'>]><a>&e;</a>", "<a>text</a\n>", "<a>\r\n\r\n<b>&#xZ;</b></a>",
]

for case in CASES:
    for pieces in (None, 1):
        p = expat.ParserCreate()
        texts = []
        p.CharacterDataHandler = texts.append
        try:
            if pieces:
                for ch in case:
                    p.Parse(ch, False)
                p.Parse("", True)
            else:
                p.Parse(case, True)
            print(repr(case), pieces, "ok", texts)
        except expat.ExpatError as e:
            print(repr(case), pieces, "|", e, "|", e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber,
                  p.ErrorColumnNumber, p.ErrorByteIndex, errors.messages[e.code] == expat.ErrorString(e.code))

p = expat.ParserCreate()
p.Parse("<a/>", True)
try:
    p.Parse("<b/>", True)
except expat.ExpatError as e:
    print("after final:", e, e.code)

print(errors.XML_ERROR_SYNTAX, errors.codes[errors.XML_ERROR_TAG_MISMATCH], errors.messages[9])
print(expat.ErrorString(3), expat.ErrorString(0), expat.error is expat.ExpatError)
print(expat.ExpatError.__module__, expat.EXPAT_VERSION, expat.version_info, expat.native_encoding)
print(expat.model.XML_CTYPE_MIXED, expat.model.XML_CQUANT_PLUS)
try:
    expat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print("ValueError", e)


class Boom(Exception):
    pass


def start(name, attrs):
    if name == "b":
        raise Boom(name)


p = expat.ParserCreate()
p.StartElementHandler = start
try:
    p.Parse("<a><b/></a>", True)
except Boom as e:
    print("handler exception propagates:", repr(e))
