# Basic float arithmetic and mixed int/float operations
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25, 7.5 // 2, 7.5 % 2, 2.0 ** 10, 2 ** 0.5)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -7.5 // -2, -7.5 % -2)
print(1 + 1.0, type(1 + 1.0).__name__, 3 * 0.5, 10 / 4, 10 // 4.0, 2 ** -1.0, True + 0.5)
print(0.1 + 0.2 - 0.3, 1e16 + 1 - 1e16, 1e16 + 2 - 1e16, (1e16 + 1) == 1e16)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 1e-320 * 1e-10)
print(float("inf") - float("inf"), float("inf") * 0, float("inf") / float("inf"), float("inf") + 1)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 / 1, 0.0 / -1)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1e300, 1e-300)[0] > 0)
print(3.0 % 1, -3.5 % 1, 3.7 % 1.2, 5 % 2.5, 0.5 % 0.1)
print(abs(-2.5), -(-2.5), +(-2.5), pow(2.0, 3), pow(4.0, 0.5), pow(-8.0, 3))
print(sum([0.1] * 10), 0.1 * 10, sum([1e100, 1.0, -1e100]))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(1 / 3 + 1 / 3 + 1 / 3, 2 / 3 * 3, (1 / 49) * 49)
print(10 ** 20 * 1.0, 10 ** 20 + 0.5, 2 ** 63 + 0.0, -(2 ** 63) * 1.0)
print(1.0 * 2 ** 1000 > 1e300, 2 ** 1023 * 1.0)
try:
    2 ** 1024 * 1.0
except OverflowError as e:
    print(type(e).__name__ + ":", e)
try:
    1.5 + "2"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__ + ":", e)
a = 1.0
a += 1; a *= 3; a /= 4; a -= 0.5; a **= 2; a //= 0.3; a %= 2
print(a)
