# Large multiplication and division consistency checks
a = 7 ** 700
b = 3 ** 500 + 12345
p = a * b
print(len(str(p)), str(p)[:30], str(p)[-30:])
print(p // b == a, p % b == 0, p // a == b, (p + 5) % a == 5)
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, len(str(q)), r % 1000000)
c = -(11 ** 333)
q2, r2 = divmod(c, b)
print(q2 * b + r2 == c, 0 <= r2 < b)
q3, r3 = divmod(a, -b)
print(q3 * -b + r3 == a, -b < r3 <= 0)
x = 2 ** 4000 - 1
y = 2 ** 2000 + 1
print(x % y, x // y == 2 ** 2000 - 1)
print((10 ** 1000 + 1) * (10 ** 1000 - 1) == 10 ** 2000 - 1)
def karatsuba_check(n):
    u = (1 << n) - 1
    return u * u == (1 << (2 * n)) - (1 << (n + 1)) + 1
print(all(karatsuba_check(n) for n in (10, 64, 65, 100, 1000, 5000)))
s = 0
for i in range(1, 200):
    s += (i ** 20) // (i + 1)
print(s)
print(sum(i * i for i in range(1, 10 ** 4)) == (10 ** 4 - 1) * 10 ** 4 * (2 * 10 ** 4 - 1) // 6)
h = 1
for k in range(1, 60):
    h = h * (4 * k - 2) // (k + 1)
print(h)
print(pow(10, 100) // 7 % 1000, (-(10 ** 100)) // 7 % 1000, 10 ** 100 % 97)
print(12345678901234567890123 * 98765432109876543210 // 1000000007)
print((a - a) == 0, a // a, b // (b + 1), -b // (b + 1))
