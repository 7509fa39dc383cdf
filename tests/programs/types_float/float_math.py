# math functions with exactly representable results
import math
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.trunc(3.7), math.trunc(-3.7))
print(type(math.floor(3.7)).__name__, math.floor(10 ** 20 + 0.5), math.ceil(-0.0))
print(math.sqrt(16), math.sqrt(2.25), math.sqrt(0), math.sqrt(1e100), math.isqrt(17))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -1), math.copysign(-3, 0.0))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, -2), math.remainder(7, 4), math.remainder(5, 2))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.frexp(0.3), math.ldexp(0.75, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.tau == 2 * math.pi)
print(math.pow(2, 10), math.pow(2, 0.5), 2 ** 0.5, math.exp(0), math.log(1), math.log2(1024), math.log10(1000))
print(math.log(math.e), math.log1p(0), math.expm1(0), math.hypot(3, 4), math.hypot(5, 12), math.dist((0, 0), (3, 4)))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1) * 2 == math.pi, math.acos(1))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.atan2(1, 1) * 4 == math.pi, math.atan2(0, -1) == math.pi)
print(math.gcd(48, 18), math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.prod([1.5, 2, 4]))
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-15), math.isclose(math.cos(math.pi), -1))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300) > 1e280)
print(math.exp2(10), math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.5, 0.25], [2, 4]))
print(math.floor(2.5e15 + 0.5), math.ceil(1e-300), math.trunc(-1e-300), math.floor(-1e-300))
for fn in ("sqrt", "log", "acos"):
    try:
        getattr(math, fn)(-2)
    except ValueError as e:
        print(fn, type(e).__name__ + ":", e)
