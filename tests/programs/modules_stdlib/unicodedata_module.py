# unicodedata: properties, names, numeric values and normalization, checked over a sample of the
# whole code space (digests) and on well-known characters.
import hashlib
import unicodedata as u

print(u.unidata_version)
for c in ['A', 'é', '\u0301', '٣', '½', 'Ⅻ', '\u00a0', '中', '가', '😀', '\U000e0100', '\ud800', '\uffff', '\U0010ffff', '\u05d0', '(']:
    print(ascii(c), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          ascii(u.decomposition(c)), u.name(c, None), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))

sample = list(range(0, 0x3400)) + list(range(0x3400, 0x110000, 97)) + list(range(0xAC00, 0xAD00)) + list(range(0x1F300, 0x1F700))
h = hashlib.sha256()
for cp in sample:
    c = chr(cp)
    h.update(('%s|%s|%d|%s|%d|%s|%s|%s|%s|%s;' % (u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
              u.mirrored(c), u.decomposition(c), u.name(c, ''), u.decimal(c, ''), u.digit(c, ''), u.numeric(c, ''))).encode('utf-8', 'surrogatepass'))
print('properties', h.hexdigest()[:24])

h = hashlib.sha256()
for cp in sample:
    c = chr(cp)
    if 0xD800 <= cp <= 0xDFFF:
        continue
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        h.update(u.normalize(form, c + '\u0323\u0301a').encode())
print('normalize', h.hexdigest()[:24])

for s in ['e\u0301', 'é', 'ﬁ', '①', 'Å', 'Å', '\u1e9b\u0323', '한국어', '\u1100\u1161\u11a8', 'ḍ̇', 'q\u0307\u0323', 'x\u0301\u0300\u0315\u0316']:
    print([ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')], u.is_normalized('NFC', s), u.is_normalized('NFKD', s))

print(u.lookup('LATIN SMALL LETTER E WITH ACUTE'), u.lookup('snowman'), u.lookup('CJK UNIFIED IDEOGRAPH-4E2D'),
      u.lookup('HANGUL SYLLABLE GAG'), ascii(u.lookup('LINE FEED')), ascii(u.lookup('BOM')),
      ascii(u.lookup('LATIN CAPITAL LETTER A WITH MACRON AND GRAVE')))
print('\N{GREEK SMALL LETTER ALPHA}\N{em dash}\N{CJK UNIFIED IDEOGRAPH-6587}\N{HANGUL SYLLABLE HAN}\N{NBSP}' == 'α—文한\xa0')
print('a\u2603b'.encode('ascii', 'namereplace'), b'\\N{BLACK STAR}'.decode('unicode_escape'))
for bad in [lambda: u.lookup('NO SUCH CHARACTER'), lambda: u.name('\ue000'), lambda: u.decimal('x'), lambda: u.digit('½'),
            lambda: u.numeric('x'), lambda: u.category('ab'), lambda: u.category(65), lambda: u.normalize('NFX', 'a'),
            lambda: u.normalize('NFC', b'a')]:
    try:
        print(bad())
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(u.name('\ue000', 'private'), u.digit('x', -1))
ﬁle = 1
print(file)
