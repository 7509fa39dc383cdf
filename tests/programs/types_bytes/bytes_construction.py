# Constructing bytes and bytearray from many sources
print(bytes(), bytes(0), bytes(4), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)), bytes(b"copy"))
print(bytes("text", "utf-8"), bytes("é", "latin-1"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
print(bytes(x * 2 for x in range(4)), bytes(iter([7, 8])), bytes({1: "a", 2: "b"}), bytes([True, False]))
print(bytearray(), bytearray(2), bytearray([0, 1]), bytearray("é", "utf-8"), bytearray(b"x" * 3))
class IndexInt:
    def __index__(self):
        return 3
print(bytes(IndexInt()), bytes([IndexInt()]), bytearray(IndexInt()))
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(WithBytes()))
for args in [([256],), ([-1],), (-1,), ("str",), ("str", "bogus-enc"), ([1.5],), (1.5,), (None,), ([b"a"],)]:
    try:
        bytes(*args)
    except (ValueError, TypeError, LookupError) as e:
        print(args, type(e).__name__ + ":", e)
try:
    bytes(b"x", "utf-8")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    bytes(5, "utf-8")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(b"\x00" * 3 == bytes(3), bytes(3) == bytearray(3), bytes([1]) + bytearray([2]), type(bytearray([2]) + bytes([1])).__name__)
print(bytes.fromhex("41 42"), bytearray.fromhex("4344"), (65).to_bytes(1, "big"), "A".encode())
print(repr(bytes(range(30, 40))), repr(bytes([127, 128, 10, 13, 9, 92, 39, 34])))
print(len(bytes(1000)), bytes(1000).count(0), sum(bytes(range(256))))
