# lzma: decompressors fed one byte at a time (xz, alone, raw), max_length and needs_input,
# concatenated streams and trailing data, truncated and corrupt input, memlimit, and
# LZMAFile / lzma.open in the binary and text modes.
import io
import lzma

TEXT = b"".join(b"%d: pack my box with five dozen liquor jugs\n" % i for i in range(300))

for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    packed = lzma.compress(TEXT, fmt)
    d = lzma.LZMADecompressor()
    out = []
    for i in range(len(packed)):
        out.append(d.decompress(packed[i:i + 1], 500))
        while not d.needs_input and not d.eof:
            out.append(d.decompress(b"", 500))
    while not d.eof:
        out.append(d.decompress(b"", 500))
    print(fmt, b"".join(out) == TEXT, max(map(len, out)) <= 500, d.eof)

filters = [{"id": lzma.FILTER_LZMA2, "preset": 2}]
packed = lzma.compress(TEXT, lzma.FORMAT_RAW, filters=filters)
d = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=filters)
out = b"".join(d.decompress(packed[i:i + 1]) for i in range(len(packed)))
print(out == TEXT, d.eof, d.check)

two = lzma.compress(b"first ") + lzma.compress(b"second")
d = lzma.LZMADecompressor()
print(d.decompress(two + b"\0" * 4), d.eof, len(d.unused_data))
print(lzma.decompress(two), lzma.decompress(two + b"junk"))
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError:", e)

packed = lzma.compress(TEXT)
broken = bytearray(packed)
broken[len(broken) // 2] ^= 0x40
for bad in (packed[:-1], packed[:len(packed) // 2], b"", bytes(broken), b"\xfd7zXZ\0garbage....",
            b"plain text, not compressed"):
    try:
        print(len(lzma.decompress(bad)))
    except lzma.LZMAError as e:
        print("LZMAError:", e)
try:
    lzma.LZMADecompressor(memlimit=1024).decompress(packed)
except lzma.LZMAError as e:
    print("LZMAError:", e)

buf = io.BytesIO()
with lzma.LZMAFile(buf, "w", check=lzma.CHECK_SHA256) as f:
    f.write(TEXT)
    print(f.tell())
data = buf.getvalue()
with lzma.LZMAFile(io.BytesIO(data)) as f:
    print(f.read(10), f.peek(1)[:1], f.readline(), f.seek(-4, io.SEEK_END), f.read(), f.tell())
    print(f.seek(5), f.read(5), len(f.readlines()))
with lzma.open(io.BytesIO(data), "rt", encoding="ascii") as f:
    print(len(f.readlines()))
buf = io.BytesIO()
with lzma.open(buf, "wt", format=lzma.FORMAT_ALONE, encoding="utf-8") as f:
    f.write("\u00fcber\n")
print(lzma.decompress(buf.getvalue()))
for call in (lambda: lzma.LZMAFile(io.BytesIO(data), check=lzma.CHECK_NONE),
             lambda: lzma.LZMAFile(io.BytesIO(data), preset=1),
             lambda: lzma.LZMAFile(io.BytesIO(data), "z"),
             lambda: lzma.open(io.BytesIO(data), "rb", errors="strict")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
with lzma.LZMAFile(io.BytesIO(data[:-20])) as f:
    try:
        f.read()
    except EOFError as e:
        print("EOFError:", e)
