# Entity references in a document whose DOCTYPE names an external subset (XHTML with &nbsp;): expat skips
# undeclared ones (SkippedEntityHandler, the default handler, ElementTree's XMLParser.entity map) instead of
# failing; without an external subset they stay "undefined entity" errors. Internal-subset entities expand.
import xml.etree.ElementTree as ET
import xml.parsers.expat as expat

XHTML = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html><p>a&nbsp;b&copy;</p></html>')

try:
    ET.fromstring(XHTML)
except ET.ParseError as e:
    print(e, e.code, e.position)
parser = ET.XMLParser()
parser.entity["nbsp"] = "\xa0"
parser.entity["copy"] = "(c)"
parser.feed(XHTML)
print(repr(ET.tostring(parser.close(), "unicode")))

p = expat.ParserCreate()
p.SkippedEntityHandler = lambda name, is_pe: print("skipped", name, is_pe, p.CurrentLineNumber, p.CurrentColumnNumber)
p.CharacterDataHandler = lambda text: print("data", repr(text))
p.Parse(XHTML, True)

for doc in ('<a>&nbsp;</a>', '<!DOCTYPE a [<!ENTITY e "internal">]><a>&e;&missing;</a>',
            '<!DOCTYPE a SYSTEM "a.dtd" [<!ENTITY e "internal">]><a x="&e;">&e;&missing;</a>'):
    try:
        root = ET.fromstring(doc)
        print(repr(root.text), root.attrib)
    except ET.ParseError as e:
        print(e, e.code, e.position)

p = expat.ParserCreate()
print(p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex, p.ErrorCode, p.CurrentByteIndex)
