# zlib: decompressing streams CPython compressed (every block kind, formats, flush points, zdict),
# round trips through this VM's compressor, decompressobj's incremental interface, errors.
import zlib
from _zlib_streams import BLOBS, make_text

text = make_text()

# One-shot decompression of every stored stream.
for name, wbits in [('zlib6', 15), ('stored', 15), ('raw1', -15), ('gzip', 31), ('gzip', 47), ('zlib6', 47),
                    ('huffman', 15), ('fixed', 15), ('flushes', 15)]:
    out = zlib.decompress(BLOBS[name], wbits)
    print(name, wbits, len(out), out == text[:len(out)])
print('zdict', zlib.decompressobj(zdict=text[:3000]).decompress(BLOBS['zdict']) == text[:5000])
try:
    zlib.decompressobj().decompress(BLOBS['zdict'])
except zlib.error as e:
    print('error:', e)

# Incremental: every chunk size gives the same output, eof and unused_data.
for size in (1, 7, 100, 4096):
    d = zlib.decompressobj()
    data = BLOBS['zlib6'] + b'trailing'
    parts = [d.decompress(data[i:i + size]) for i in range(0, len(data), size)]
    print(size, b''.join(parts) == text, d.eof, d.unused_data, d.unconsumed_tail)

# max_length and unconsumed_tail
d = zlib.decompressobj(31)
out = []
chunk = d.decompress(BLOBS['gzip'], 1000)
while chunk or d.unconsumed_tail:
    out.append(chunk)
    chunk = d.decompress(d.unconsumed_tail, 1000)
print('max_length', len(out), max(len(c) for c in out), b''.join(out) == text, d.eof)
d = zlib.decompressobj()
first = d.decompress(BLOBS['zlib6'], 10)
print(len(first), len(d.unconsumed_tail) > 0, len(first + d.flush()) == len(text))

# Data after the end: unused_data accumulates, decompress returns nothing more.
d = zlib.decompressobj(-15)
print(d.decompress(BLOBS['raw1'] + b'abc') == text, d.unused_data, d.eof)
print(d.decompress(b'def'), d.unused_data)

# Round trips through this VM's compressor (its bytes may differ from CPython's, the data may not).
for level in (-1, 0, 1, 6, 9):
    for wbits in (15, -15, 31, 9):
        c = zlib.compress(text, level, wbits)
        assert zlib.decompress(c, wbits) == text, (level, wbits)
        if wbits == 31:
            assert c[:3] == b'\x1f\x8b\x08'
print('compress round trips ok', len(zlib.compress(text, 9)) < len(text) // 2, len(zlib.compress(b'')) > 0)
for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    pieces = [c.compress(text[i:i + 5000]) for i in range(0, len(text), 5000)]
    pieces.append(c.flush(zlib.Z_SYNC_FLUSH))
    synced = b''.join(pieces)
    # Everything written so far decompresses after a sync flush, before the stream ends.
    assert zlib.decompressobj().decompress(synced) == text, strategy
    assert zlib.decompress(synced + c.flush()) == text, strategy
print('compressobj ok', c.flush(zlib.Z_NO_FLUSH) if False else '')
c = zlib.compressobj()
c.compress(b'x')
c.flush()
for op in (lambda: c.compress(b'y'), lambda: c.flush()):
    try:
        op()
    except zlib.error as e:
        print('error:', e)

# Checksums
print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b' world', zlib.crc32(b'hello')) == zlib.crc32(b'hello world'))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(text), zlib.adler32(b'x', 0xffffffff))
print(zlib.crc32(bytearray(b'abc')), zlib.crc32(memoryview(b'abc')), zlib.crc32(text))

# Errors
good = BLOBS['zlib6']
for bad in (good[:-3], good[:20], b'not compressed', good[:-1] + bytes([good[-1] ^ 1]), b'', b'\x78'):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print('error:', e)
try:
    zlib.decompress(bytes([0x03 | 6]) + b'\x00' * 8, -15)
except zlib.error as e:
    print('error:', e)
for call in (lambda: zlib.compress(b'x', 10), lambda: zlib.decompress(good, 3), lambda: zlib.decompressobj(99),
             lambda: zlib.compressobj(wbits=40), lambda: zlib.compress('text'), lambda: zlib.decompressobj().decompress(b'', -1)):
    try:
        call()
    except (zlib.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE, issubclass(zlib.error, Exception))
print(type(zlib.decompressobj()).__name__, type(zlib.compressobj()).__name__)
