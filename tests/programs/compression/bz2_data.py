# bz2: one-shot and incremental (de)compression: round trips of random data at 0, 1 and 1 MiB,
# a CPython-made two-stream file, the decompressor fed one byte at a time with max_length,
# eof / unused_data / needs_input, and truncated or corrupt input with CPython's errors.
import base64
import bz2
import random

TEXT = b"".join(b"%d: the quick brown fox jumps over the lazy dog\n" % i for i in range(40))
FIXTURE = (
    "QlpoOTFBWSZTWbhyGHMAAMjZgAAQQAB/8D////AwAPpAaR+qo/VH+qhoD1AMgAMGmjTTCYmTAQNMClUmoAABoNDa"
    "m2pPMTaJgT6EwJ7CaCZCaEoVklC0ZrtNVCCpRQgCIQAAAAAAAFKBZagx69m3dbK6Nttt5G6tttuZmZnm+xPUTcJk"
    "JuCaibBN4nAJqJmJ+CZCbBMCbxMxNomgnATMT5E/hNRMwmBMCdwq4icRP8XckU4UJC4chhzAQlpoOTFBWSZTWYRS"
    "kJQAAAXRgAAQQAAuA5wAIAAiANDQQNA0BQS9OE8eHi7kinChIQilISg="
)

rng = random.Random(7)
for size in (0, 1, 1 << 20):
    data = rng.randbytes(size)
    packed = bz2.compress(data)
    print(size, bz2.decompress(packed) == data, packed[:3])
print(bz2.decompress(bz2.compress(TEXT * 50, 1)) == TEXT * 50)

blob = base64.b64decode(FIXTURE)
print(bz2.decompress(blob) == TEXT + b"second stream\n")
d = bz2.BZ2Decompressor()
print(d.decompress(blob) == TEXT, d.eof, d.needs_input, d.unused_data[:4])
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError:", e)

d = bz2.BZ2Decompressor()
out = []
for i in range(len(blob)):
    out.append(d.decompress(blob[i:i + 1], 100))
    while not d.needs_input and not d.eof:
        out.append(d.decompress(b"", 100))
    if d.eof:
        break
print(b"".join(out) == TEXT, max(map(len, out)), d.eof, d.unused_data == blob[i + 1:])

c = bz2.BZ2Compressor()
pieces = [c.compress(TEXT[i:i + 7]) for i in range(0, len(TEXT), 7)] + [c.flush()]
print(bz2.decompress(b"".join(pieces)) == TEXT)
for call in (lambda: c.compress(b"x"), c.flush, lambda: bz2.BZ2Compressor(0), lambda: bz2.BZ2Compressor(10)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)

for bad in (blob[:40], blob[:-60], b"BZh9" + bytes(20), b"not bzip2 at all", blob[:100] + bytes(50) + blob[150:]):
    try:
        print(len(bz2.decompress(bad)))
    except (OSError, ValueError, EOFError) as e:
        print(type(e).__name__ + ":", e)
d = bz2.BZ2Decompressor()
print(d.decompress(blob[:50]), d.eof, d.needs_input)
print(bz2.decompress(b""), bz2.decompress(blob + b"\0" * 3) == TEXT + b"second stream\n")
