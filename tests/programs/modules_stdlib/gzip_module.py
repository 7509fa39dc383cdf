# gzip: files written by this VM read back, CPython-written members read here, several members,
# text mode, seeking, line reading, headers, and the errors of damaged files.
import gzip
import io
import os
import struct
import tempfile
import zlib

text = b''.join(b'line %d: %s\n' % (i, b'abc' * (i % 7)) for i in range(2000))

# compress/decompress round trip, header fields with a fixed mtime.
blob = gzip.compress(text, mtime=0)
print(blob[:4], struct.unpack('<I', blob[4:8])[0], blob[8], blob[9], gzip.decompress(blob) == text)
print(gzip.compress(b'', 1, mtime=12345)[4:10], gzip.decompress(gzip.compress(b'', mtime=0)))
print(gzip.decompress(gzip.compress(b'one', mtime=0) + gzip.compress(b'two', mtime=0) + b'\0\0\0'))

# A member CPython wrote with a file name, comment, extra field and header CRC is read here.
member_body = zlib.compressobj(9, zlib.DEFLATED, -15)
body = member_body.compress(b'from cpython\n') + member_body.flush()
head = b'\x1f\x8b\x08' + bytes([gzip.FNAME | gzip.FCOMMENT | gzip.FEXTRA | gzip.FHCRC]) + struct.pack('<I', 7) + b'\x02\xff'
head += struct.pack('<H', 4) + b'abcd' + b'name.txt\0' + b'a comment\0'
head += struct.pack('<H', zlib.crc32(head) & 0xffff)
member = head + body + struct.pack('<II', zlib.crc32(b'from cpython\n'), 13)
print(gzip.decompress(member))
with gzip.GzipFile(fileobj=io.BytesIO(member)) as g:
    print(g.read(), g.mtime, g.mode)

# GzipFile over a file object: writing, then reading in pieces.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, compresslevel=6) as g:
    print(g.mode, g.name == '', g.writable(), g.readable())
    for i in range(0, len(text), 1000):
        g.write(text[i:i + 1000])
    print(g.tell())
data = buf.getvalue()
print(data[:10])
with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
    first = g.read(10)
    line = g.readline()
    print(first, line, g.tell())
    lines = g.readlines()
    print(len(lines), lines[-1], g.read(), g.tell())
    g.seek(5)
    print(g.read(6), g.tell())
    g.seek(3, io.SEEK_CUR)
    print(g.read(4), g.peek(1)[:1])
with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
    print(sum(1 for _ in g), g.read1(5))

# gzip.open on a real file, binary and text, append makes a second member.
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.txt.gz')
with gzip.open(path, 'wb') as f:
    f.write(b'first\n')
with gzip.open(path, 'ab') as f:
    f.write(b'second\n')
with gzip.open(path) as f:
    print(f.name == path, f.read())
with gzip.open(path, 'rb') as f:
    print(f.fileno() > 0, f.seekable())
raw = open(path, 'rb').read()
print(raw[3], raw[10:18], raw[raw.index(b'\x1f\x8b', 2) + 3])
with gzip.open(path, 'wt', encoding='utf-8') as f:
    print(type(f).__name__)
    f.write('héllo\nwörld\n')
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(f.readlines())
with gzip.open(open(path, 'rb')) as f:
    print(f.read())
os.remove(path)
os.rmdir(tmp)

# Errors
for bad, label in [(b'not a gzip file', 'magic'), (blob[:-5], 'truncated'), (blob[:30], 'cut')]:
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(label, type(e).__name__, e)
damaged = bytearray(blob)
damaged[-8] ^= 1
try:
    gzip.decompress(bytes(damaged))
except gzip.BadGzipFile as e:
    print('crc', e)
damaged = bytearray(blob)
damaged[-1] ^= 1
try:
    gzip.decompress(bytes(damaged))
except gzip.BadGzipFile as e:
    print('size', e)
try:
    with gzip.GzipFile(fileobj=io.BytesIO(blob[:-5])) as g:
        g.read()
except EOFError as e:
    print('EOFError', e)
for call in (lambda: gzip.open('x', 'rtb'), lambda: gzip.open('x', 'rb', encoding='utf-8'), lambda: gzip.open(3.5)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
g = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    g.read()
except OSError as e:
    print('OSError', e.errno, e.strerror)
g.close()
try:
    g.write(b'x')
except ValueError as e:
    print('ValueError', e)
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE, isinstance(g, io.BufferedIOBase))
