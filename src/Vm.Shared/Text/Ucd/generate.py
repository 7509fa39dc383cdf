"""Generates ucd.txt.gz, the Unicode character database the VM ships (unicodedata, \\N{...} escapes,
normalization), from CPython's own unicodedata so that both agree exactly.

Run with CPython 3.13 (Unicode 15.1.0):
    python3 generate.py NameAliases.txt NamedSequences.txt
The two files come from the Unicode Character Database of the same version (unicode.org/Public/15.1.0/ucd);
every alias and sequence is checked against CPython's unicodedata.lookup before it is written.

Lines (fields separated by one tab, code points in hex):
  V version
  P start end category bidirectional combining east_asian_width mirrored   (ranges of equal properties;
                                                                             unlisted code points are Cn, '', 0, N, 0)
  N cp decimal digit numeric      (numeric values; '-' where decimal/digit is absent; numeric as repr(float))
  D cp decomposition              (unicodedata.decomposition)
  X cp                            (canonical decompositions that never recompose: NFC(chr(cp)) != chr(cp))
  n cp name                       (names that are not derived from the code point)
  A start end prefix              (names derived as prefix + '%X' % cp)
  a cp alias                      (formal name aliases)
  s name cp cp ...                (named sequences)
"""
import gzip
import os
import sys
import unicodedata as u

MAX = 0x110000
out = [f'V\t{u.unidata_version}']

def props(c):
    return (u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c))

default = ('Cn', '', 0, 'N', 0)
start, cur = 0, props(chr(0))
for cp in range(1, MAX + 1):
    p = props(chr(cp)) if cp < MAX else None
    if p != cur:
        if cur != default:
            out.append('P\t%X\t%X\t%s\t%s\t%d\t%s\t%d' % ((start, cp - 1) + cur))
        start, cur = cp, p

for cp in range(MAX):
    c = chr(cp)
    num = u.numeric(c, None)
    if num is not None:
        dec, dig = u.decimal(c, None), u.digit(c, None)
        out.append('N\t%X\t%s\t%s\t%r' % (cp, '-' if dec is None else dec, '-' if dig is None else dig, num))
    d = u.decomposition(c)
    if d:
        out.append('D\t%X\t%s' % (cp, d))
        if not d.startswith('<') and u.normalize('NFC', c) != c:
            out.append('X\t%X' % cp)

prefixes = ('CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-', 'KHITAN SMALL SCRIPT CHARACTER-',
            'NUSHU CHARACTER-', 'TANGUT IDEOGRAPH-')
ranges = []
for cp in range(MAX):
    name = u.name(chr(cp), None)
    if name is None or name.startswith('HANGUL SYLLABLE '):
        continue  # Hangul syllable names are composed from their jamo (computed at run time)
    prefix = next((p for p in prefixes if name == p + '%X' % cp), None)
    if prefix is None:
        out.append('n\t%X\t%s' % (cp, name))
    elif ranges and ranges[-1][2] == prefix and ranges[-1][1] == cp - 1:
        ranges[-1][1] = cp
    else:
        ranges.append([cp, cp, prefix])
for r in ranges:
    out.append('A\t%X\t%X\t%s' % tuple(r))
# Hangul: check the run-time composition covers exactly CPython's names.
assert all(u.name(chr(cp)).startswith('HANGUL SYLLABLE ') for cp in range(0xAC00, 0xD7A4))

for line in open(sys.argv[1], encoding='utf-8'):
    line = line.split('#')[0].strip()
    if not line:
        continue
    cp, alias, _kind = line.split(';')
    if u.lookup(alias) == chr(int(cp, 16)):
        out.append('a\t%s\t%s' % (cp, alias))
for line in open(sys.argv[2], encoding='utf-8'):
    line = line.split('#')[0].strip()
    if not line:
        continue
    name, cps = line.split(';')
    seq = ''.join(chr(int(x, 16)) for x in cps.split())
    if u.lookup(name) == seq:
        out.append('s\t%s\t%s' % (name, '\t'.join(cps.split())))

target = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ucd.txt.gz')
with gzip.GzipFile(target, 'wb', mtime=0) as f:
    f.write(('\n'.join(out) + '\n').encode('ascii'))
print(target, len(out), 'lines', os.path.getsize(target), 'bytes')
