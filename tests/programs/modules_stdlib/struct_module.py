# struct: pack/unpack/calcsize with byte orders and formats
import struct
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack(">h", -2), struct.pack("<q", -1))
print(struct.pack(">BHI", 1, 2, 3), struct.calcsize(">BHI"), struct.calcsize("<BHI"), struct.calcsize("=BHI"))
print(struct.pack(">f", 1.5), struct.pack(">d", -0.1), struct.unpack(">d", struct.pack(">d", 3.14159))[0])
print(struct.pack(">?", True), struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack(">c", b"z"))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<I", b"\x00\x00\x01\x00"), struct.unpack(">hh", b"\xff\xfe\x00\x02"))
print(struct.unpack(">Q", b"\xff" * 8), struct.unpack(">q", b"\xff" * 8), struct.unpack(">4B", b"\x01\x02\x03\x04"))
print(struct.calcsize(">bhilqfd"), struct.calcsize(">10s"), struct.calcsize(">3I"), struct.calcsize(">x"))
header = struct.pack(">4sHHI", b"RIFF", 1, 2, 123456)
print(header, struct.unpack(">4sHHI", header))
print(list(struct.iter_unpack(">H", b"\x00\x01\x00\x02\x00\x03")))
s = struct.Struct("<hf")
print(s.size, s.format, s.pack(-5, 2.5), s.unpack(s.pack(-5, 2.5)))
buf = bytearray(8)
struct.pack_into(">I", buf, 2, 0xDEADBEEF)
print(buf, struct.unpack_from(">I", buf, 2))
print(struct.pack(">e", 0.5), struct.unpack(">e", b"\x3c\x00"))
for fmt, args in [(">B", (256,)), (">b", (-129,)), (">H", (-1,)), (">I", ("x",)), (">II", (1,)), (">z", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, type(e).__name__ + ":", e)
try:
    struct.unpack(">I", b"\x00\x01")
except struct.error as e:
    print(type(e).__name__ + ":", e)
print(struct.pack(">i", 2 ** 31 - 1), struct.unpack(">i", b"\x80\x00\x00\x00"))
