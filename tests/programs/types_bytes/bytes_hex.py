# hex() and fromhex() for bytes and bytearray, plus int/bytes conversions
data = bytes(range(0, 256, 37))
print(data, data.hex(), data.hex(":"), data.hex(" ", 2), data.hex("-", -2), data.hex("|", 3))
print(b"".hex(), b"\x00".hex(), b"\xff\xfe".hex(), bytearray(b"AB").hex(), memoryview(b"mv").hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD BE EF"), bytes.fromhex(""), bytes.fromhex("  0a 0b  "))
print(bytearray.fromhex("ff00"), type(bytearray.fromhex("ff")).__name__, bytes.fromhex("\t01\n02\r"))
for bad in ["abc", "0g", "0 1", "1", "zz", "0x10"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__ + ":", e)
try:
    bytes.fromhex(b"00")
    print("fromhex accepts bytes")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    b"ab".hex("::")
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(bytes.fromhex(b"Hello".hex()) == b"Hello", bytes.fromhex(data.hex()) == data)
print(int.from_bytes(bytes.fromhex("0100"), "big"), (258).to_bytes(2, "big").hex(), hex(int.from_bytes(b"\xca\xfe", "big")))
print(" ".join(f"{b:02x}" for b in b"\x01\xab\xff"), "".join(format(b, "08b") for b in b"\x05\xa0"))
print([hex(b) for b in b"Hi!"], bytes([0x48, 0x69]), list(bytes.fromhex("010203")))
checksum = sum(b"The quick brown fox") % 256
print(checksum, f"{checksum:02X}", bytes([checksum]).hex())
def xor(a, key):
    return bytes(x ^ key[i % len(key)] for i, x in enumerate(a))
enc = xor(b"secret message", b"k3y")
print(enc.hex(), xor(enc, b"k3y"))
