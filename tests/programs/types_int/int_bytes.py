# int.to_bytes and int.from_bytes with byte orders and signedness
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(1, "big"), (0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (65535).to_bytes(2, "little"))
print((-1).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (-129).to_bytes(2, "big", signed=True))
print((127).to_bytes(1, "big", signed=True), (2 ** 64 - 1).to_bytes(8, "big"), (2 ** 64).to_bytes(9, "little"))
print((1).to_bytes(), (200).to_bytes(), (258).to_bytes(2))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff", "big"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\x80\x00", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes(b"\x01\x02"))
print(int.from_bytes(b"\xff" * 16, "little", signed=True), int.from_bytes(b"\x00\xff", "little", signed=True))
for n in (0, 1, -1, 127, -128, 255, 2 ** 31 - 1, -(2 ** 31), 2 ** 100):
    length = (n.bit_length() + 8) // 8
    data = n.to_bytes(length, "big", signed=True)
    print(n, data.hex(), int.from_bytes(data, "big", signed=True) == n)
for n, length, kw in [(256, 1, {}), (-1, 1, {}), (128, 1, {"signed": True}), (-129, 1, {"signed": True}), (1, -1, {})]:
    try:
        n.to_bytes(length, "big", **kw)
    except (OverflowError, ValueError) as e:
        print(n, length, type(e).__name__ + ":", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    int.from_bytes("str", "big")
except TypeError as e:
    print(type(e).__name__ + ":", e)
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, MyInt.from_bytes(b"\x01", "big"))
print(bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x05", "big"))
