# io.TextIOWrapper and io.Buffered* over Python stream objects (BytesIO, user raw streams).
import io

# Writes reach the buffer at flush (CPython buffers a text layer's writes).
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8')
print(w.write('héllo\n'), b.getvalue())
w.flush()
print(b.getvalue())
print(w.encoding, w.errors, w.line_buffering, w.write_through, w.buffer is b)
print(repr(w))
print(hasattr(w, 'name'), hasattr(w, 'mode'))

# line_buffering flushes on a newline; write_through passes every write on.
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='ascii', line_buffering=True)
w.write('abc')
print(b.getvalue())
w.write('def\nxyz')
print(b.getvalue())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='ascii', write_through=True)
w.write('abc')
print(b.getvalue())

# newline translation on write and universal newlines on read
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
w.write('a\nb\n')
w.flush()
print(b.getvalue())
r = io.TextIOWrapper(io.BytesIO(b'one\r\ntwo\rthree\nfour'), encoding='utf-8')
print(r.readlines())
r = io.TextIOWrapper(io.BytesIO(b'one\r\ntwo\rthree\nfour'), encoding='utf-8', newline='')
print(list(r))

# multi-byte characters across read chunks
data = ('ä€' * 5000 + '\n') * 3
r = io.TextIOWrapper(io.BytesIO(data.encode('utf-8')), encoding='utf-8')
lines = r.readlines()
print(len(lines), [len(x) for x in lines], ''.join(lines) == data)

# read(n), readline, tell and seek back
r = io.TextIOWrapper(io.BytesIO('abc\ndéf\nghi\n'.encode()), encoding='utf-8')
print(repr(r.read(2)), repr(r.readline()))
pos = r.tell()
print(repr(r.readline()))
r.seek(pos)
print(repr(r.read()))

# encoding errors
r = io.TextIOWrapper(io.BytesIO(b'ok\xffno'), encoding='utf-8', errors='replace')
print(repr(r.read()))
try:
    io.TextIOWrapper(io.BytesIO(b'\xff'), encoding='utf-8').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
w = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='backslashreplace')
w.write('é')
w.flush()
print(w.buffer.getvalue())

# detach returns the buffer; the wrapper is unusable afterwards
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8')
w.write('kept')
got = w.detach()
print(got is b, b.getvalue(), b.closed)
for op in (lambda: w.write('x'), lambda: w.buffer, lambda: w.closed):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)

# closing the wrapper closes the buffer; with-statement
b = io.BytesIO()
with io.TextIOWrapper(b, encoding='utf-8') as w:
    w.write('x')
print(b.closed, w.closed)
try:
    w.write('y')
except ValueError as e:
    print('ValueError', e)

# a user raw stream under a buffered reader/writer and a text wrapper
class Raw(io.RawIOBase):
    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.pos = 0
        self.calls = 0
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return False
    def readinto(self, buf):
        self.calls += 1
        n = min(len(buf), len(self.data) - self.pos, 4)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def write(self, b):
        self.data += bytes(b)
        return len(b)

raw = Raw(b'line one\nline two\n')
t = io.TextIOWrapper(io.BufferedReader(raw), encoding='utf-8')
print(t.readlines(), raw.calls > 0)
raw = Raw()
bw = io.BufferedWriter(raw)
print(bw.write(b'abc'), bw.raw is raw)
bw.flush()
print(bytes(raw.data))
raw = Raw()
t = io.TextIOWrapper(io.BufferedWriter(raw), encoding='utf-16-le')
t.write('hi')
t.flush()
print(bytes(raw.data))

br = io.BufferedReader(io.BytesIO(b'abc\ndef\n'))
print(br.readline(), br.read(), br.read())
print(isinstance(w, io.TextIOBase), isinstance(br, io.BufferedIOBase))
try:
    io.TextIOWrapper(io.BytesIO(), newline='x')
except ValueError as e:
    print('ValueError', e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
