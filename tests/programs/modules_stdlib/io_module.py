# io.StringIO and io.BytesIO: write/read/seek/tell/getvalue/readline
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(2)
s.write("LL")
print(repr(s.getvalue()))
s2 = io.StringIO("line1\nline2\nline3")
print(s2.readlines(), s2.readline() == "")
s2.seek(0)
print([line.rstrip() for line in s2], s2.closed)
s3 = io.StringIO("abcdef")
print(s3.read(2), s3.read(2), s3.tell(), s3.seek(0, 2), s3.read())
s3.truncate(3)
print(repr(s3.getvalue()))
print("to stringio", file=s3)
print(repr(s3.getvalue()))
s3.close()
try:
    s3.read()
except ValueError as e:
    print(type(e).__name__ + ":", e)
b = io.BytesIO()
b.write(b"\x00\x01binary")
b.write(bytes([255]))
print(b.getvalue(), b.tell(), len(b.getvalue()))
b.seek(2)
print(b.read(3), b.read(), b.read())
b.seek(-1, 2)
print(b.read(), b.seek(0), b.read(1))
bb = io.BytesIO(b"a\nb\nc")
print(bb.readlines(), bb.getbuffer().nbytes)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print(type(e).__name__ + ":", e)
with io.StringIO() as buf:
    buf.write("in with")
    print(buf.getvalue(), buf.readable(), buf.writable(), buf.seekable())
print(buf.closed)
