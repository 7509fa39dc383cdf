# inf, nan and signed zero behaviour
import math
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(-inf), type(inf).__name__)
print(inf + inf, inf - inf, inf * 2, inf * -1, inf * 0, inf / 2, 2 / inf, -2 / inf, inf // 1, inf % 5)
print(nan + 1, nan * 0, nan ** 0, 1 ** nan, nan == nan, min(nan, 1), max(1, nan))
print(math.isinf(inf), math.isnan(nan), math.isnan(inf - inf), math.copysign(1, -0.0), math.copysign(1, 0.0))
print(-0.0, 0.0 == -0.0, str(-0.0), repr(-0.0), -0.0 < 0.0, math.copysign(5, -0.0), 1 / inf, -1 / inf)
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(-0.0, 0.0))
print(abs(-0.0), -(0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, round(-0.4), round(-0.4, 1))
print(math.sqrt(-0.0), math.floor(-0.5), math.ceil(-0.5), int(-0.9), f"{-0.0:.1f}", f"{-0.0001:.2f}", f"{-0.0001:z.2f}")
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(nan) == hash(nan) or "nan hash differs by identity")
print(sorted([inf, -inf, 0.0, 1e308, -1e308]), max([-inf, -1e308]), min([inf, 1e308]))
print(inf > 10 ** 400, -inf < -(10 ** 400), float(10 ** 308) < inf)
for op in (lambda: int(inf), lambda: int(nan), lambda: math.floor(inf), lambda: inf.as_integer_ratio()):
    try:
        op()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(math.fsum([inf, 1]), math.fsum([1e308, 1e308, -1e308]) if False else "skip overflow", math.exp(-inf), math.log(inf))
print(float("inf") is not float("inf"), inf == math.inf, math.isnan(math.nan), math.inf * -1)
print(divmod(inf, 1.0), divmod(-1.0, inf), 5.0 % inf, -5.0 % inf, inf % 2 != inf % 2)
print(sum([inf, -inf]), sum([0.0, -0.0]), sum([-0.0, -0.0]), 0.0 ** 0, inf ** 0, nan ** 0)
print(pow(-0.0, -1) if False else "skip", 1 / 1e-320 if True else 0, 1e-320 / 1e300)
