"""Core XML support: xml.parsers.expat, xml.etree.ElementTree, xml.dom.minidom."""
