# Every expat handler's calls with the parser's position at each call, fed whole and in chunks of several
# sizes (expat reports character data per line and per reference, and holds partial tokens back).
import xml.parsers.expat as expat

DOC = b"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<!DOCTYPE r SYSTEM "r.dtd">
<!-- top -->
<r xmlns="http://d" xmlns:p="http://p" a="1" p:b="x&amp;y" c='tab\there'>
  text &lt; more &#65;&#x42; &gt;&quot;&apos;
  <p:c>caf\xc3\xa9<![CDATA[<raw>
line]]></p:c><?pi some data?><e/>
  <f
    g="multi
line"/>\r\n  crlf\rcr
</r>
<!-- end -->
"""

NAMES = ["StartElementHandler", "EndElementHandler", "CharacterDataHandler", "ProcessingInstructionHandler",
         "CommentHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "XmlDeclHandler",
         "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "StartCdataSectionHandler", "EndCdataSectionHandler"]


def run(title, ns=None, default=False, buffer_text=False, ordered=False, chunk=None, prefixes=False):
    print("==", title)
    p = expat.ParserCreate(namespace_separator=ns)
    p.buffer_text = buffer_text
    p.ordered_attributes = ordered
    p.namespace_prefixes = prefixes

    def handler(name):
        def call(*args):
            print(" ", name[:-7], args, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
        return call
    for name in NAMES + (["DefaultHandler"] if default else []):
        setattr(p, name, handler(name))
    if chunk:
        for i in range(0, len(DOC), chunk):
            p.Parse(DOC[i:i + chunk], False)
        print("  final", p.Parse(b"", True))
    else:
        print("  result", p.Parse(DOC, True))


run("plain")
run("namespaces, ordered attributes, buffered text", ns="}", buffer_text=True, ordered=True)
run("namespace prefixes", ns=" ", prefixes=True)
run("default handler", default=True)
for size in (2, 3, 7, 64):
    run("chunks of %d" % size, chunk=size)
run("buffered chunks of 5", chunk=5, buffer_text=True)

# str input, handlers replaced while parsing, a handler that only some events reach
p = expat.ParserCreate()
seen = []
p.StartElementHandler = lambda name, attrs: seen.append(("start", name, attrs))
p.CharacterDataHandler = lambda data: seen.append(("data", data))
p.Parse("<a x='1'>one<b/>", False)
p.StartElementHandler = None
p.Parse("two<c y='2'/>three</a>", True)
print(seen)

# specified_attributes, intern, buffer_size and buffer_used
p = expat.ParserCreate(intern={})
p.specified_attributes = 1
p.buffer_text = True
p.buffer_size = 4
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse("<a>abcdefghij<b/>xy</a>", True)
print(chunks, p.buffer_size, p.buffer_used, p.specified_attributes, type(p.intern).__name__)
try:
    p.buffer_size = 0
except ValueError as e:
    print("ValueError", e)
print(expat.ParserCreate().ordered_attributes, expat.ParserCreate().buffer_text)
