"""HTML character entity references: html5 (name -> text, the HTML5 named references, with and without
the ';' where HTML5 allows it), name2codepoint / codepoint2name (HTML 4.01) and entitydefs (name -> text).
The names themselves are data in _entity_data.py."""

from html._entity_data import HTML5 as _HTML5, LEGACY as _LEGACY, HTML4 as _HTML4

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']


def _text(hexes):
    return "".join([chr(int(h, 16)) for h in hexes.split("+")])


html5 = {}
for _item in _HTML5.split():
    _name, _, _value = _item.partition("=")
    html5[_name + ";"] = _text(_value)
for _name in _LEGACY.split():
    html5[_name] = html5[_name + ";"]

name2codepoint = {}
codepoint2name = {}
entitydefs = {}
for _item in _HTML4.split():
    _name, _, _value = _item.partition("=")
    _cp = int(_value, 16)
    name2codepoint[_name] = _cp
    codepoint2name[_cp] = _name
    entitydefs[_name] = chr(_cp)

del _item, _name, _value, _cp
