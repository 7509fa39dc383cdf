# seek/tell on text and binary files; truncate; read positions
import os
name = f"_tmp_seek_tell_{os.getpid()}.txt"
try:
    with open(name, "w+", encoding="ascii") as f:
        f.write("0123456789\nabcdefghij\n")
        print(f.tell())
        f.seek(0)
        print(repr(f.read(4)), f.tell())
        f.seek(11)
        print(repr(f.readline()), f.tell())
        print(f.seek(0, 2), repr(f.read()))
        f.seek(5)
        f.write("XY")
        f.seek(0)
        print(repr(f.readline()))
        f.seek(3)
        print(f.truncate(), f.tell())
        f.seek(0)
        print(repr(f.read()))
    with open(name, "rb+") as f:
        f.write(b"ABCDEFGHIJ")
        print(f.seek(2), f.read(3), f.tell())
        print(f.seek(-4, 2), f.read(2))
        print(f.seek(1, 1), f.read(), f.tell())
        f.seek(0)
        f.truncate(4)
        print(f.read(), f.seek(0, os.SEEK_END), f.seek(10), f.read())
        try:
            f.seek(-1)
        except (OSError, ValueError) as e:
            print(type(e).__name__)
    with open(name, "r", encoding="ascii") as f:
        try:
            f.seek(1, 1)
        except (OSError, ValueError) as e:
            print(type(e).__name__ + ":", e)
        print(f.seekable(), f.readable(), f.writable())
finally:
    os.remove(name)
print(os.path.exists(name))
