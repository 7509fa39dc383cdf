# Floating point precision effects: accumulation, cancellation, exact sums
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.3 - 0.1, 1.1 + 2.2, 3.3 - 1.1)
print(0.1 * 3, 0.1 * 3 == 0.3, 1 - 0.9, 0.7 + 0.1, 0.8 - 0.1)
print(1e16 + 1.0, 1e16 + 2.0, 2 ** 53 + 1.0, float(2 ** 53 + 1), 9007199254740992.0 + 1.0 == 9007199254740992.0)
total = 0.0
for _ in range(1000):
    total += 0.001
print(total, total == 1.0)
import math
print(math.fsum([0.001] * 1000), sum([0.001] * 1000))
def kahan(xs):
    s = c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
print(kahan([0.001] * 1000), kahan([0.1] * 10))
big, small = 1e20, 1.0
print(big + small - big, big - big + small, (big + small) - big == 0.0)
print((0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3), (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
print(1.0 / 3.0 * 3.0, 1.0 / 49.0 * 49.0, 1.0 / 10 * 10, 0.1 * 10)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print(eps, eps == 2 ** -52)
x = 1.0
steps = 0
while x > 0:
    x /= 2
    steps += 1
print(steps)
print(2.0 ** -1074, 2.0 ** -1075, 2.0 ** -1074 / 2, 2.0 ** 1023 * 2 - 2.0 ** 1023 * 2)
print(float(1 / 3).as_integer_ratio(), (1 / 3).hex())
print(100 * 1.1, 110.00000000000001 == 100 * 1.1, round(100 * 1.1, 2))
print(sum(1 / n for n in range(1, 1001)), math.fsum(1 / n for n in range(1, 1001)))
print([i * 0.1 for i in range(10)])
print(0.1 + 0.1 + 0.1 - 0.3, 1 - 1e-16 == 1.0, 1 - 1e-16, 1 + 1e-16 == 1.0)
