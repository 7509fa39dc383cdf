# bytes(): construction forms, immutability, indexing
print(bytes(), bytes(3), bytes(b"abc"), bytes([72, 105]), bytes("héllo", "utf-8"))
print(bytes("abc", encoding="ascii"), bytes("é", "latin-1"), bytes(range(65, 70)))
print(bytes(bytearray(b"xy")), bytes(memoryview(b"zz")), bytes((1, 2)))
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b), len(b), b"ell" in b, 104 in b, b + b"!", b * 2)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    bytes("é", "ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__ + ":", e)
print(bytes("é", "ascii", "replace"), bytes("é", "ascii", "ignore"), bytes("é", "ascii", "xmlcharrefreplace"))
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(b"abc" == "abc", b"a" < b"b", b"abc" < b"abd", b"" < b"\x00")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
print(repr(b"\x00\x01'\""), repr(b'"'), repr(b"'"), str(b"x"))
print(bytes.fromhex("48 65 6c 6c 6f"), b"Hello".hex(), b"Hello".hex(":"), b"Hello".hex("-", 2))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()))
print(bytes(3) == b"\x00\x00\x00", b"%d-%s" % (5, b"x"))
