# Integer functions from math: gcd, lcm, isqrt, factorial, comb, perm, prod
import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(12, 18, 30), math.gcd())
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6))
print(math.gcd(2 ** 100, 2 ** 60 * 3), math.gcd(10 ** 30 + 1, 10 ** 15 + 1))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(2 ** 127))
print(all(math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2 for n in range(0, 10000, 7)))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(25))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
for fn, args in [(math.factorial, (-1,)), (math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.perm, (5, -1))]:
    try:
        fn(*args)
    except ValueError as e:
        print(fn.__name__, type(e).__name__ + ":", e)
for fn, args in [(math.factorial, (5.0,)), (math.gcd, (1.5, 2)), (math.isqrt, ("4",))]:
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, type(e).__name__ + ":", e)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
print([math.comb(6, k) for k in range(7)])
