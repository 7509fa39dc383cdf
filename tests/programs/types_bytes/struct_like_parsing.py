# Manual binary parsing with bytes/int conversions and memoryview
header = b"PK\x03\x04" + (20).to_bytes(2, "little") + (0xBEEF).to_bytes(2, "big") + b"\x00\x00\x01\x00" + b"name.txt"
print(len(header), header[:4], header[:2] == b"PK")
version = int.from_bytes(header[4:6], "little")
magic = int.from_bytes(header[6:8], "big")
size = int.from_bytes(header[8:12], "little")
name = header[12:].decode("ascii")
print(version, hex(magic), size, name)
mv = memoryview(header)
print(bytes(mv[:2]), mv[4], mv[12:16].tobytes(), mv.tobytes() == header)
def varint_encode(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
def varint_decode(data):
    result = shift = 0
    for i, b in enumerate(data):
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i + 1
    raise ValueError("truncated varint")
for n in (0, 1, 127, 128, 300, 16384, 2 ** 35, 2 ** 64 - 1):
    enc = varint_encode(n)
    print(n, enc.hex(), varint_decode(enc))
try:
    varint_decode(b"\x80\x80")
except ValueError as e:
    print(type(e).__name__ + ":", e)
records = b"".join(len(w).to_bytes(1, "big") + w for w in [b"alpha", b"be", b"", b"gamma!"])
pos, words = 0, []
while pos < len(records):
    n = records[pos]
    words.append(records[pos + 1:pos + 1 + n])
    pos += 1 + n
print(records.hex(" "), words)
crc = 0
for byte in b"123456789":
    crc ^= byte
    for _ in range(8):
        crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
print(hex(crc))
