# Bitwise operators on positive, negative and big integers
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, bin(a & b), bin(a ^ b))
print(-1 & 0xFF, -256 & 0xFF, -1 | 0, -5 | 2, -5 ^ 3, ~-1, ~0, ~5, ~-6)
print(-8 >> 1, -1 >> 10, -9 >> 2, 8 >> 10, 1 << 100, -1 << 65)
big = (1 << 100) | (1 << 50) | 1
print(big, big & ((1 << 64) - 1), big >> 50, big ^ big, (~big) & 0xF)
print(-(1 << 100) & ((1 << 101) - 1), (1 << 200) >> 199, -(1 << 200) >> 199)
print(0xFFFF_FFFF & -2, 0x7FFF_FFFF_FFFF_FFFF + 1, (1 << 63) | (1 << 64))
mask = 0
for bit in (0, 3, 5, 64):
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(70) if mask >> i & 1])
print(True & True, True | False, True ^ True, type(True & True).__name__, True << 4)
print((5).bit_length(), (0).bit_length(), (-5).bit_length(), (2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
print((255).bit_count(), (-255).bit_count(), (0).bit_count(), (2 ** 100 - 1).bit_count())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(16)])
print(10 & 6 | 1, 10 & (6 | 1), 1 | 2 ^ 3 & 4, 6 & 3 << 1)
for bad in [(1.5, 1), (1, "a")]:
    try:
        bad[0] & bad[1]
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    1.0 << 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
x = 0b1011
x &= 0b0110; print(x)
x |= 0b1000; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
