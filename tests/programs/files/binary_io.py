# Binary files: write bytes, read back, partial reads, bytes vs str errors
import os
name = f"_tmp_binary_io_{os.getpid()}.bin"
payload = bytes(range(256)) + b"\r\n\x00end"
try:
    with open(name, "wb") as f:
        print(f.write(payload), f.mode, f.tell())
    with open(name, "rb") as f:
        data = f.read()
    print(len(data), data == payload, data[:4], data[-5:], type(data).__name__)
    with open(name, "rb") as f:
        print(f.read(3), f.read(2), f.tell(), f.read(0))
        f.seek(-3, 2)
        print(f.read(), f.read(), f.tell())
    with open(name, "ab") as f:
        f.write(bytearray(b"++"))
        f.write(memoryview(b"mv"))
    with open(name, "rb") as f:
        print(f.read()[-8:])
    try:
        with open(name, "wb") as f:
            f.write("text in binary mode")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
    with open(name, "r+b") as f:
        f.write(b"XYZ")
        f.seek(0)
        print(f.read(5))
        buf = bytearray(4)
        f.seek(0)
        print(f.readinto(buf), buf)
    with open(name, "wb") as f:
        f.write("héllo\n".encode("utf-8"))
    with open(name, "rb") as f:
        raw = f.read()
    with open(name, "r", encoding="latin-1") as f:
        print(raw, repr(f.read()))
    with open(name, "r", encoding="utf-8") as f:
        print(repr(f.read()))
    with open(name, "rb") as f:
        print(list(f))
finally:
    if os.path.exists(name):
        os.remove(name)
print("cleaned:", not os.path.exists(name))
