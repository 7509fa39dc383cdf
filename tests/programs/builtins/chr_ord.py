# chr() and ord(): ranges, errors, round trips
print(chr(65), chr(97), chr(48), chr(0x3b1), chr(0x1F600) == "\U0001F600", repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("a"), ord("0"), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(ord(b"A"), ord(bytearray(b"z")))
print([chr(c) for c in range(65, 91, 5)])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
print(chr(0x10FFFF) == "\U0010ffff", len(chr(0x10FFFF)))
for bad in (-1, 0x110000, 2 ** 31):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in ("", "ab", b"ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
for bad in (65.0, "A"):
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class I:
    def __index__(self):
        return 66
print(chr(I()), repr(chr(True)))
print(repr(chr(0xD800)), len(chr(0xDFFF)))
rot13 = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world")
print(rot13)
