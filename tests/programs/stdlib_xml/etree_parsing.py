# Parsing: fromstring/XML/fromstringlist/XMLID/parse, iterparse events, XMLPullParser, TreeBuilder and
# custom targets, and ParseError messages with code and position.
import io
import xml.etree.ElementTree as ET

doc = b"""<?xml version="1.0"?>
<!DOCTYPE root SYSTEM "x.dtd">
<root xmlns="http://default" xmlns:p="http://p">
  <!-- comment --><?pi data?>
  <p:child id="c1" p:attr="v">text<leaf/>tail</p:child>
  <child id="c2"/>
</root>"""

root = ET.fromstring(doc)
print(root.tag, [c.tag for c in root], root[0].attrib, repr(root.text), repr(root[0].text), repr(root[0][0].tail))
tree, ids = ET.XMLID(doc)
print(sorted(ids), ids["c1"].tag)
print(ET.tostring(ET.fromstringlist(["<a>", "<b>x", "</b>", "</a>"])))
print(ET.parse(io.BytesIO(doc)).getroot().tag)

for events in (None, ("start", "end"), ("start", "end", "start-ns", "end-ns", "comment", "pi")):
    it = ET.iterparse(io.BytesIO(doc), events)
    out = []
    for event, value in it:
        if isinstance(value, tuple) or value is None:
            out.append((event, value))
        else:
            out.append((event, value.tag if isinstance(value.tag, str) else value.text))
    print(out)
    print(it.root.tag)

pull = ET.XMLPullParser(("start", "end", "comment"))
for piece in ["<a>", "text<b", " x='1'/>", "<!-- c -->", "more", "</a>"]:
    pull.feed(piece)
    print(repr(piece), [(e, v.tag if isinstance(v.tag, str) else v.text) for e, v in pull.read_events()])
pull.close()
try:
    ET.XMLPullParser(("bogus",))
except ValueError as e:
    print("ValueError", e)
bad = ET.XMLPullParser()
bad.feed("<a><b></a>")
try:
    list(bad.read_events())
except ET.ParseError as e:
    print("pull ParseError", e, e.code, e.position)


class Target:
    def __init__(self):
        self.calls = []

    def start(self, tag, attrib):
        self.calls.append(("start", tag, attrib))

    def end(self, tag):
        self.calls.append(("end", tag))

    def data(self, data):
        self.calls.append(("data", data))

    def comment(self, text):
        self.calls.append(("comment", text))

    def pi(self, target, data):
        self.calls.append(("pi", target, data))

    def start_ns(self, prefix, uri):
        self.calls.append(("start_ns", prefix, uri))

    def end_ns(self, prefix):
        self.calls.append(("end_ns", prefix))

    def doctype(self, name, pubid, system):
        self.calls.append(("doctype", name, pubid, system))

    def close(self):
        return "closed with %d calls" % len(self.calls)


t = Target()
parser = ET.XMLParser(target=t)
parser.feed(doc)
print(parser.close())
for call in t.calls:
    print(" ", call)

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
tb.start("a", {"k": "v"})
tb.data("x")
tb.comment("c")
tb.data("y")
tb.pi("t", "d")
tb.start("b", {})
tb.end("b")
tb.data("z")
tb.end("a")
print(ET.tostring(tb.close(), "unicode"))
try:
    ET.TreeBuilder().close()
except AssertionError as e:
    print("AssertionError", e)

p = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
p.feed("<a><!--x--></a>")
print(ET.tostring(p.close()))

for bad in ["", "<a>", "<a></b>", "<a><b>&undefined;</b></a>", "<a x='1' x='2'/>", "text", "<a/><b/>",
            "<a>\n<b>\n</a>", b"<a>\xff</a>", "<?xml version='1.0'?>\n<a><![CDATA[x"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), "|", e, "|", e.code, e.position, isinstance(e, SyntaxError))
print(ET.ParseError.__module__, ET.XMLParser().version)
