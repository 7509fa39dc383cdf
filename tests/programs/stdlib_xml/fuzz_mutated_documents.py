# Mutated well-formed documents (bytes dropped, duplicated, swapped or replaced, deterministic seed): every
# case must end in a tree or a ParseError, never anything else; the outcome of each case is printed, so
# the parser accepts and rejects what expat does, with expat's message and position.
import random
import xml.etree.ElementTree as ET

SEEDS = [
    b'<?xml version="1.0" encoding="utf-8"?>\n<root a="1" b=\'two\'><child>text &amp; more</child><e/></root>',
    b'<!DOCTYPE r SYSTEM "r.dtd">\n<r xmlns:p="http://p"><p:x p:y="z">t</p:x><!-- c --><?pi d?></r>',
    b'<a><![CDATA[<raw> & ]]></a>',
    b'<rss version="2.0"><channel><title>T</title><item><link>http://x/?a=1&amp;b=2</link></item></channel></rss>',
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect x="1" y="2"/><text>caf\xc3\xa9 &#233;&#x4e2d;</text></svg>',
    b'<plist version="1.0"><dict><key>k</key><string>v</string><integer>3</integer></dict></plist>',
]

rng = random.Random(1234)
outcomes = {}
for n in range(400):
    doc = bytearray(rng.choice(SEEDS))
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(4)
        i = rng.randrange(len(doc))
        if op == 0:
            del doc[i]
        elif op == 1:
            doc.insert(i, doc[i])
        elif op == 2:
            j = rng.randrange(len(doc))
            doc[i], doc[j] = doc[j], doc[i]
        else:
            doc[i] = rng.choice(b'<>&;"\'/=! \n?[]-x\xc3\x00')
    try:
        root = ET.fromstring(bytes(doc))
        result = "tree %s %d" % (root.tag, sum(1 for _ in root.iter()))
    except ET.ParseError as e:
        result = "ParseError %s %s" % (e, e.position)
    print(n, result)
    kind = result.split()[0]
    outcomes[kind] = outcomes.get(kind, 0) + 1
print(outcomes)
