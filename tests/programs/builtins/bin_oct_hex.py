# bin(), oct(), hex() and their inverses via int()
for n in (0, 1, 7, 8, 10, 255, 256, -1, -255, 2 ** 64, -(2 ** 70)):
    print(n, bin(n), oct(n), hex(n))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-255), 0))
print(bin(True), hex(False), oct(True))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    bin(3.0)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(-10, "#010b"), format(10, "08x"), f"{3735928559:_x}")
print((255).bit_length(), bin(255).count("1"), (255).bit_count())
print(hex(0xDEADBEEF).upper(), hex(int("ff", 16)))
print(float.hex(1.0), (0.5).hex())
