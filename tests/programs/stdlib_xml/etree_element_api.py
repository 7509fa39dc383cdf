# The Element API: construction, attributes, children with indexing and slicing, mutation, copies, errors.
import copy
import xml.etree.ElementTree as ET

e = ET.Element("a", {"x": "1"}, y="2")
print(e.tag, e.attrib, e.text, e.tail, len(e), repr(e).startswith("<Element 'a' at 0x"))
b = ET.SubElement(e, "b", {"k": "v"}, n="1")
c = ET.SubElement(e, "c")
d = e.makeelement("d", {})
e.append(d)
e.insert(0, ET.Element("first"))
e.extend([ET.Element("x1"), ET.Element("x2")])
print([ch.tag for ch in e], e[1].tag, e[-1].tag, [ch.tag for ch in e[1:3]], [ch.tag for ch in e[::-2]])
e[0] = ET.Element("replaced")
e[1:3] = [ET.Element("s1")]
del e[-1]
print([ch.tag for ch in e])
e.remove(e[1])
print([ch.tag for ch in e], e.get("x"), e.get("zz"), e.get("zz", "dflt"))
e.set("z", "3")
print(sorted(e.keys()), sorted(e.items()), list(e.keys()))
print(ET.iselement(e), ET.iselement("s"), ET.iselement(ET.Comment("c")))
for bad in [lambda: e.append("s"), lambda: ET.Element("a", "x"), lambda: e.remove(ET.Element("z")),
            lambda: e[50], lambda: e.insert(0, 1), lambda: e.extend([1]), lambda: ET.SubElement(e, "b", "c"),
            lambda: e.__setitem__(50, ET.Element("q")), lambda: ET.ElementTree("notelement")]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
e.text = "t"
e.tail = "tail"
shallow = copy.copy(e)
deep = copy.deepcopy(e)
e[0].tag = "changed"
print(shallow[0].tag, deep[0].tag, deep.text, deep.tail, deep.attrib == e.attrib, deep.attrib is e.attrib)
e.clear()
print(e.attrib, e.text, e.tail, len(e))
com = ET.Comment("hello")
pi = ET.PI("target", "data")
print(com.tag is ET.Comment, com.text, pi.tag is ET.ProcessingInstruction, pi.text, ET.PI("t").text)
q1, q2 = ET.QName("http://u", "l"), ET.QName("{http://u}l")
print(q1 == q2, q1 == "{http://u}l", str(q1), repr(q1), hash(q1) == hash("{http://u}l"), q1 < ET.QName("{z}a"))


class My(ET.Element):
    pass


m = My("m")
sub = ET.SubElement(m, "child")
print(type(sub).__name__, type(m.makeelement("x", {})).__name__, m.__class__.__name__)
tree = ET.ElementTree(ET.fromstring("<r><a/><b><c/></b></r>"))
print(tree.getroot().tag, [x.tag for x in tree.iter()], [x.tag for x in tree.iter("c")])
print(ET.VERSION, sorted(n for n in ET.__all__ if not n.startswith("_"))[:6])
