# Arbitrary precision integer arithmetic
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // 7, -a % 7, a // -7, a % -7)
print((a * b) // b == a, (a + 1) * (a - 1) == a * a - 1)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), str(f).count("0"), f % (10 ** 9 + 7))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(sum(int(d) for d in str(2 ** 1000)))
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1 + 1)
print(10 ** 30 // 10 ** 15, 10 ** 30 / 10 ** 15, (10 ** 30 + 1) / 10 ** 15)
print(abs(-(10 ** 40)), -(-(10 ** 40)), +(10 ** 40))
print(123456789 ** 5)
print(divmod(10 ** 50 + 12345, 10 ** 25))
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x, x.bit_length())
print((2 ** 100) ** 3 == 2 ** 300, pow(2, 100) == 1 << 100)
print(int("9" * 60) + 1 == 10 ** 60, int("-" + "1" * 40))
print(sum(range(10 ** 12, 10 ** 12 + 10)))
print(max(2 ** 70, 3 ** 44), min(-(2 ** 70), -(3 ** 44)), sorted([2 ** 65, -5, 2 ** 64]))
