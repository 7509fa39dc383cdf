# bz2.BZ2File and bz2.open: the binary modes r/w/x/a (appending adds a stream), text mode,
# read/read1/readinto/peek/readline/iteration, seek and tell on a read file, the
# io.BufferedIOBase contract, and the errors CPython raises.
import bz2
import io
import os
import tempfile

lines = [b"line %d %s\n" % (i, b"ab" * (i % 13)) for i in range(2000)]
payload = b"".join(lines)
folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.bz2")
with bz2.BZ2File(path, "w", compresslevel=3) as f:
    print(f.write(payload[:1000]), f.write(memoryview(payload[1000:])), f.tell(), f.writable(), f.readable())
with bz2.open(path, "ab") as f:
    f.write(b"appended\n")
try:
    bz2.open(path, "x")
except FileExistsError:
    print("FileExistsError")
with bz2.open(path) as f:
    print(isinstance(f, io.BufferedIOBase), f.readable(), f.seekable(), f.mode)
    print(f.peek(4)[:4], f.read(6), f.read1(3), f.readline(), f.tell())
    buf = bytearray(10)
    print(f.readinto(buf), bytes(buf))
    print(f.seek(0), f.read(4), f.seek(5, io.SEEK_CUR), f.read(4), f.seek(-9, io.SEEK_END), f.read())
    f.seek(100)
    print(f.tell(), next(iter(f)))
with bz2.open(path, "rb") as f:
    print(sum(1 for _ in f), f.closed)
print(f.closed)
with bz2.open(path, "rt", encoding="ascii") as f:
    text = f.read()
print(len(text), text.splitlines()[1999:])
with bz2.open(path, "wt", encoding="utf-8", newline="\r\n") as f:
    f.write("caf\u00e9\nsecond\n")
print(bz2.decompress(open(path, "rb").read()))
stream = io.BytesIO()
with bz2.BZ2File(stream, "w") as f:
    f.write(b"in memory")
print(stream.closed, bz2.BZ2File(io.BytesIO(stream.getvalue())).read())
with bz2.BZ2File(io.BytesIO(stream.getvalue())) as f:
    for call in (lambda: f.write(b"x"),):
        try:
            call()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)
for call in (lambda: bz2.BZ2File(path, "q"), lambda: bz2.BZ2File(path, compresslevel=0),
             lambda: bz2.open(path, "rb", encoding="utf-8"), lambda: bz2.open(path, "rtb"),
             lambda: bz2.BZ2File(3.5)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
f = bz2.BZ2File(io.BytesIO(bz2.compress(payload)[:-30]))
try:
    f.read()
except EOFError as e:
    print("EOFError:", e)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
os.rmdir(folder)
