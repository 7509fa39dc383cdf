import html
import html.entities as ent
import hashlib

print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<a href="x">Tom & Jerry\'s</a>', quote=False))
print(html.escape(''), html.__all__, ent.__all__)
for s in ['&amp; &lt; &gt; &quot; &#39; &#x27; &#X41;', '&copy 2024 &copy; &COPY;', '&notit; &notin; &not',
          '&ampx &amp;x &#38x &#x26zz', '&unknown; & &; &#; &#x; &#xZZ;', '&#0; &#13; &#128; &#x80; &#150; &#x9F;',
          '&#129; &#1; &#11; &#x7f; &#xfdd0; &#xFFFE; &#x1FFFF; &#xD800; &#x110000; &#99999999999999999999;',
          '&#9; &#10; &#12; &#32; &#x1F600; &#65', 'no refs here', '&AElig&AEligx&Aacute;&aacute',
          '&NotNestedGreaterGreater; &nGt; &ThickSpace; &fjlig;', '&lang; &rang; &LT &gt']:
    print(repr(html.unescape(s)))
print(len(ent.html5), len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(ent.name2codepoint['amp'], ent.name2codepoint['lang'], ent.codepoint2name[0xa0], repr(ent.entitydefs['nbsp']))
print(ent.html5['amp;'], ent.html5['amp'], repr(ent.html5['nGt;']), 'ampx' in ent.html5, 'notin' in ent.html5)
# every name and value, and every numeric reference up to 0x3000, order-independent digests
h = hashlib.sha1()
for k in sorted(ent.html5):
    h.update((k + '=' + ent.html5[k] + '|' + html.unescape('&' + k) + html.unescape('&' + k + 'x')).encode('utf-8', 'surrogatepass'))
print(h.hexdigest())
h = hashlib.sha1()
for k in sorted(ent.name2codepoint):
    h.update(('%s=%d;' % (k, ent.name2codepoint[k])).encode())
print(h.hexdigest(), sorted(ent.codepoint2name) == sorted(ent.name2codepoint.values()))
h = hashlib.sha1()
for cp in list(range(0, 0x3000)) + list(range(0xd7f0, 0xe010)) + list(range(0xfdc0, 0x10010)) + [0x10fffe, 0x10ffff, 0x110000]:
    h.update(html.unescape('&#%d;&#x%x' % (cp, cp)).encode('utf-8', 'surrogatepass'))
print(h.hexdigest())
print(html.unescape(html.escape('<&>"\'')) == '<&>"\'')
