# ElementTree output byte for byte: attribute order, escaping, namespace prefixes (ns0, registered ones,
# default_namespace), encodings and the XML declaration, html/text methods, short_empty_elements, indent, dump.
import io
import xml.etree.ElementTree as ET

r = ET.fromstring('<r xmlns:h="http://h" a="1"><h:t k="v &amp; &lt;&#10;&quot;\t">x &gt; y</h:t>'
                  '<!--c--><?p d?>tail<e/></r>')
print(ET.tostring(r, "unicode"))
ET.dump(r)
tree = ET.ElementTree(r)
for kwargs in ({}, {"xml_declaration": True}, {"encoding": "utf-8"}, {"encoding": "UTF-8", "xml_declaration": True},
               {"encoding": "iso-8859-1"}, {"encoding": "utf-16"}):
    b = io.BytesIO()
    tree.write(b, **kwargs)
    print(kwargs, b.getvalue())
s = io.StringIO()
tree.write(s, encoding="unicode", xml_declaration=True)
print(s.getvalue())

x = ET.Element("{http://a}root")
ET.SubElement(x, "{http://b}c", {"{http://a}at": "1", "plain": "2"})
ET.SubElement(x, "{http://www.w3.org/XML/1998/namespace}q")
ET.SubElement(x, "{http://www.w3.org/2001/XMLSchema-instance}t").text = "\u00e9\u4e00"
print(ET.tostring(x, "unicode"))
print(ET.tostring(x))
print(ET.tostring(x, "utf-8"))
y = ET.Element("{http://a}root")
kid = ET.SubElement(y, "{http://a}kid", {"{http://b}k": "v"})
print(ET.tostring(y, "unicode", default_namespace="http://a"))
kid.set("plain", "x")
try:
    ET.tostring(y, default_namespace="http://a")
except ValueError as e:
    print("ValueError", e)
try:
    ET.tostring(ET.Element("plain"), default_namespace="http://a")
except ValueError as e:
    print("ValueError", e)
ET.register_namespace("my", "http://a")
print(ET.tostring(y, "unicode"))
try:
    ET.register_namespace("ns3", "http://z")
except ValueError as e:
    print("ValueError", e)

h = ET.fromstring('<html><head><script>a &lt; b &amp;&amp; c</script><style>p &gt; a {}</style></head>'
                  '<body><br/><p class="a&amp;&quot;&lt;&gt;">t &lt; u</p><img src="x"/><div/></body></html>')
print(ET.tostring(h, "unicode", method="html"))
print(ET.tostring(h, "unicode", method="text"))
print(ET.tostring(h, method="text"))
print(ET.tostring(ET.fromstring("<a><b/><c></c></a>"), "unicode", short_empty_elements=False))
try:
    ET.tostring(r, method="foo")
except ValueError as e:
    print("ValueError", e)

for doc in ("<a>\n <b><c>t</c><c2/></b><d/>x</a>", "<a/>", "<a><b>  </b> <c>keep</c>\n</a>"):
    t = ET.fromstring(doc)
    ET.indent(t)
    print(ET.tostring(t, "unicode"))
    ET.indent(t, space="\t", level=2)
    print(repr(ET.tostring(t, "unicode")))
try:
    ET.indent(r, level=-1)
except ValueError as e:
    print("ValueError", e)

q = ET.Element(ET.QName("http://q", "tag"), {ET.QName("http://q", "attr"): ET.QName("http://v", "val")})
q.text = "t"
print(ET.tostring(q, "unicode"))
c = ET.Element("root")
c.append(ET.Comment(" a -- comment "))
c.append(ET.PI("target", "with data"))
c.append(ET.ProcessingInstruction("bare"))
none = ET.SubElement(c, None)
none.text = "transparent <text>"
ET.SubElement(none, "inner")
print(ET.tostring(c, "unicode"))
print(ET.tostringlist(ET.fromstring("<a k='v'><b>x</b><c/></a>"), "unicode"))
print(b"".join(ET.tostringlist(ET.fromstring("<a><b>x</b><c/></a>"))))
try:
    ET.tostring(ET.Element("a", k=1))
except TypeError as e:
    print("TypeError", e)
