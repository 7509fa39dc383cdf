# Augmented assignment on ints and immutability of int objects
x = 10
y = x
x += 5
print(x, y, x is not y)
n = 1
for _ in range(10):
    n *= 3
print(n)
n //= 7; print(n)
n %= 100; print(n)
n **= 3; print(n)
n -= 10 ** 6; print(n)
n <<= 10; print(n)
n >>= 3; print(n)
n &= 0xFFFF; print(n)
n |= 1 << 20; print(n)
n ^= -1; print(n)
big = 2 ** 100
big -= 1
big //= 3
print(big)
counts = [0] * 3
for i in range(10):
    counts[i % 3] += i
print(counts)
d = {"a": 2 ** 62}
d["a"] += 2 ** 62
d["a"] *= 4
print(d)
class Box:
    v = 0
b = Box()
b.v += 1
Box.v -= 5
print(b.v, Box.v)
total = 0
for k in range(1, 101):
    total += k * k
    total %= 10 ** 9 + 7
print(total)
z = 5
z /= 2
print(z, type(z).__name__)
z = 5
z //= 2.0
print(z, type(z).__name__)
try:
    q = 1
    q += "a"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    q = 1
    q /= 0
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
