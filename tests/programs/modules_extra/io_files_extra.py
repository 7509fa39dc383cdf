# open() and io: text/binary round trips, newline modes, seek/tell, StringIO/BytesIO details
import io
import os
name = f"_tmp_io_files_extra_{os.getpid()}.txt"
try:
    with open(name, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(name, "rb") as f:
        print(f.read(), f.name == name, f.mode)
    with open(name, encoding="utf-8") as f:
        print(f.readlines(), f.tell(), f.read(), f.closed)
    with open(name, "a+", encoding="utf-8") as f:
        f.write("c")
        f.seek(0)
        print(repr(f.read()), f.tell())
    with open(name, "r+", encoding="utf-8") as f:
        print(repr(f.read(2)), f.tell(), f.seek(0, 2), f.write("Z"), f.tell())
    with open(name, encoding="utf-8", newline="") as f:
        print([line for line in f])
    with open(name, "rb") as f:
        f.seek(-2, os.SEEK_END)
        print(f.read(), f.seek(0), f.readline(), f.peek(1)[:1])
    f = open(name, "rb")
    print(repr(f)[:25], f.readable(), f.writable(), f.seekable())
    f.close()
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    for mode in ["rt+b", "xx", "z", ""]:
        try:
            open(name, mode)
        except ValueError as e:
            print(repr(mode), e)
    try:
        open(name, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    try:
        open(name, "rb", encoding="utf-8")
    except ValueError as e:
        print(e)
finally:
    os.remove(name)
s = io.StringIO("x\r\ny\rz", newline=None)
print(s.readlines(), repr(io.StringIO("a\r\nb", newline="").readlines()), io.StringIO("q").read(0))
s2 = io.StringIO()
s2.write("abc")
s2.seek(5)
s2.write("Z")
print(repr(s2.getvalue()), s2.tell(), s2.seek(0, 1), s2.seek(0, 2))
b = io.BytesIO(b"0123456789")
target = bytearray(4)
print(b.readinto(target), target, b.read1(2), b.seek(-3, 2), b.read(), b.seek(20), b.read(), b.tell())
b.write(b"!")
print(b.getvalue(), len(b.getvalue()), b.getbuffer().nbytes)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.UnsupportedOperation, OSError))
