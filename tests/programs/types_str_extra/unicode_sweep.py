# Sweeps over a sample of code points: character predicates and case mappings must match
# CPython's Unicode 15.1 data (counts and checksums per block of 0x4000 code points).
def checksum(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000000007
    return h

for base in range(0, 0x30000, 0x4000):
    counts = [0] * 12
    up = lo = ti = cf = 0
    for cp in range(base, base + 0x4000, 7):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        flags = (c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(),
                 c.islower(), c.isupper(), c.istitle(), c.isidentifier(), c.isalnum(), c.isascii())
        for i, f in enumerate(flags):
            if f:
                counts[i] += 1
        up = (up * 7 + checksum(c.upper())) % 1000000007
        lo = (lo * 7 + checksum(c.lower())) % 1000000007
        ti = (ti * 7 + checksum(c.title())) % 1000000007
        cf = (cf * 7 + checksum(c.casefold())) % 1000000007
    print(hex(base), counts, up, lo, ti, cf)

# Every code point with a multi-character or special mapping in the Latin/Greek/Armenian range.
special = [cp for cp in range(0x80, 0x600) if len(chr(cp).upper()) > 1 or len(chr(cp).lower()) > 1
           or chr(cp).title() != chr(cp).upper() or chr(cp).casefold() != chr(cp).lower()]
print(len(special), [hex(c) for c in special[:20]])
print([chr(c).upper() for c in special], [chr(c).casefold() for c in special])
