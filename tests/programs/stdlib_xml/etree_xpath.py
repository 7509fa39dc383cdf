# find/findall/findtext/iterfind with the documented XPath subset, namespaces included.
import xml.etree.ElementTree as ET

DOC = """<lib xmlns:x="http://x">
  <shelf id="s1" kind="fiction">
    <book year="2001" lang="en"><title>A</title><author>Ann</author><price>10</price></book>
    <book year="1999"><title>B</title><author>Bob</author><price>20</price></book>
    <x:book year="2005"><title>X</title></x:book>
  </shelf>
  <shelf id="s2">
    <book year="2010" lang="fr"><title>C</title><author>Cid</author><author>Dan</author></book>
    <magazine><title>M</title></magazine>
  </shelf>
  <title>lib title</title>
</lib>"""
root = ET.fromstring(DOC)


def show(path, ns=None, elem=root):
    try:
        found = elem.findall(path, ns)
        print(repr(path), [(e.tag, e.get("year") or e.get("id") or (e.text or "").strip()) for e in found])
    except SyntaxError as e:
        print(repr(path), "SyntaxError", e)


for path in ["shelf", "shelf/book", "*/book", ".//title", "./shelf/book/title", "shelf/*", ".//book[@lang]",
             ".//book[@lang='fr']", ".//book[@lang!='fr']", ".//book[author]", ".//book[author='Bob']",
             ".//book[author!='Bob']", ".//title[.='C']", ".//title[.!='C']", "shelf/book[1]", "shelf/book[2]",
             "shelf/book[last()]", "shelf/book[last()-1]", ".//book[3]", ".//title/..", ".//author/../..",
             "shelf[@id='s2']/book/author", ".//{http://x}book", ".//{*}book", ".//{http://x}*", ".//{}book",
             "shelf//title", ".", "..", "nothing", ".//*[@year='1999']/title", "shelf/book/", "//book", "/lib",
             "shelf/book[0]", ".//book[@lang='fr'][author='Dan']", "shelf/{*}*"]:
    show(path)
show("x:book", {"x": "http://x"}, root[0])
show(".//x:book/title", {"x": "http://x"})
show(".//book", {"": "http://x"})
print(root.find("shelf/book").get("year"), root.find("missing"), root.findtext("shelf/book/title"))
print(repr(root.findtext("missing")), repr(root.findtext("missing", "dflt")), repr(root.findtext(".//magazine")))
print([e.tag for e in root.iterfind(".//author")], [e.tag for e in root.iter("title")][:3])
print([e.tag for e in root.iter()][:6], len(list(root.iter("*"))))
print("".join(root[1].itertext()).split())
tree = ET.ElementTree(root)
print(tree.find("shelf").get("id"), len(tree.findall(".//book")), tree.findtext(".//author"))
print(len(tree.findall("//book")))
