# Documents in other encodings: declared in the XML declaration, given to ParserCreate, or marked by a BOM;
# str input is always UTF-8 whatever the declaration says; ParseFile reads a binary file.
import io
import xml.parsers.expat as expat


def events(data, encoding=None, chunk=None):
    p = expat.ParserCreate(encoding)
    out = []
    p.StartElementHandler = lambda n, a: out.append(("start", n, a))
    p.CharacterDataHandler = lambda d: out.append(("data", d))
    p.XmlDeclHandler = lambda v, e, s: out.append(("decl", v, e, s))
    try:
        if chunk:
            for i in range(0, len(data), chunk):
                p.Parse(data[i:i + chunk], False)
            p.Parse(b"", True)
        else:
            p.Parse(data, True)
    except expat.ExpatError as e:
        out.append(("error", str(e)))
    return out


text = "<r a='\u00e9t\u00e9'>caf\u00e9 \u00fc</r>"
print(events(("<?xml version='1.0' encoding='iso-8859-1'?>" + text).encode("latin-1")))
print(events(("<?xml version='1.0' encoding='iso-8859-1'?>" + text).encode("latin-1"), chunk=3))
print(events(text.encode("latin-1"), encoding="latin-1"))
print(events(("<?xml version='1.0' encoding='utf-16'?>" + text).encode("utf-16")))
print(events(b"\xef\xbb\xbf" + text.encode("utf-8")))
print(events("<?xml version='1.0' encoding='latin-1'?>" + text))
print(events(("<?xml version='1.0'?>" + text).encode("utf-8"), chunk=2))
print(events(b"<r>\xe9</r>"))
p = expat.ParserCreate()
seen = []
p.StartElementHandler = lambda n, a: seen.append(n)
print(p.ParseFile(io.BytesIO(b"<a>" + b"<b/>" * 3000 + b"</a>")), len(seen))
