# struct with native alignment and offsets; array conversions, slices and comparisons
import struct
from array import array
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@ci"), struct.calcsize("@hq"), struct.calcsize("@?d"))
print(struct.pack("<5p", b"abc"), struct.unpack("<5p", b"\x03abc\x00"), struct.pack(">3x2s", b"hi"))
s = struct.Struct(">H3sf")
print(s.size, s.pack(7, b"abc", 0.5), s.unpack(s.pack(7, b"abc", 0.5)), repr(s))
buf = bytearray(12)
s2 = struct.Struct("<I")
for i in range(3):
    s2.pack_into(buf, i * 4, i * 1000)
print(buf.hex(), [s2.unpack_from(buf, 4 * i)[0] for i in range(3)], struct.unpack_from("<I", buf, offset=-4))
print(list(s2.iter_unpack(bytes(buf))), struct.pack("<q", -2 ** 63), struct.unpack("<Q", b"\xff" * 8)[0])
print(struct.pack("!f", float("inf")), struct.unpack(">d", struct.pack(">d", -0.0)), struct.pack("<e", -2.5))
for fmt, args in [("<h", (40000,)), ("<c", (b"ab",)), ("<?", ([],)), ("<Q", (-1,)), ("5", ())]:
    try:
        print(struct.pack(fmt, *args))
    except struct.error as e:
        print(fmt, "error:", e)
a = array("h", range(-3, 4))
print(a[::2], a[::-1], a[2:5], a.tolist(), -3 in a, a.count(0))
a[1:3] = array("h", [100])
del a[::3]
print(a, len(a))
b = array("I", [1, 2])
b.byteswap()
print(b, b.tobytes().hex())
c = array("d")
c.frombytes(array("d", [1.25, -2.5]).tobytes())
c.fromlist([3.0])
print(c, c * 0, array("b", [1, 2]) < array("b", [1, 3]), array("w", "hi").tounicode())
try:
    c.fromlist([1, "x"])
except TypeError as e:
    print(type(e).__name__ + ":", e, c)
