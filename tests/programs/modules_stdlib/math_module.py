# math module: constants, rounding, number theory, exact-result functions, errors
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.floor(7), type(math.ceil(1.2)).__name__)
print(math.fabs(-4), math.copysign(2, -0.0), math.fmod(-7, 3), math.remainder(10, 4), math.modf(-2.5))
print(math.sqrt(144), math.isqrt(99), math.pow(3, 4), math.exp(0), math.log(1), math.log2(8), math.log10(0.001))
print(math.factorial(20), math.comb(52, 5), math.perm(10, 3), math.gcd(84, 36, 120), math.lcm(3, 4, 5))
print(math.prod(range(1, 11)), math.fsum([0.1] * 10), math.hypot(6, 8), math.dist((1, 1), (4, 5)))
print(math.degrees(math.pi / 2), math.radians(90) == math.pi / 2, math.sin(0), math.cos(0), math.atan2(0, 1))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1, 1 + 1e-10))
print(math.frexp(12.0), math.ldexp(0.75, 4), math.nextafter(0.0, 1.0), math.ulp(2.0))
print(math.floor(1e300) == 10 ** 300 or "float floor is exact float value", math.floor(2 ** 60 + 0.0))
print(math.trunc(-0.5), math.ceil(-0.5), math.floor(0.5), math.copysign(0.0, -1))
errors = [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1, 2)", lambda: math.log(-1, 2)),
          ("factorial(2.5)", lambda: math.factorial(2.5)), ("factorial(-3)", lambda: math.factorial(-3)),
          ("exp(800)", lambda: math.exp(800)), ("isqrt(-4)", lambda: math.isqrt(-4)), ("comb(3, -1)", lambda: math.comb(3, -1)),
          ("floor('x')", lambda: math.floor("x")), ("gcd(1.5)", lambda: math.gcd(1.5)), ("pow(0, -2)", lambda: math.pow(0, -2)),
          ("ceil(nan)", lambda: math.ceil(math.nan)), ("asin(2)", lambda: math.asin(2))]
for label, fn in errors:
    try:
        print(label, "=", fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{label} ! {type(e).__name__}: {e}")
print(sorted(n for n in dir(math) if n.startswith("is")))
