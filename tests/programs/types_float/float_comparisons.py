# Comparisons between floats and ints, including exactness and special values
print(1.0 == 1, 0.5 < 1, 2 > 1.999999, -0.0 == 0, 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, float(2 ** 53 + 1) == 2 ** 53)
print(10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, 10 ** 23 == 1e23, 10 ** 22 == 1e22)
print(2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"), 2 ** 1100 > 1.7976931348623157e308)
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan == 1, 1 == nan, nan is nan)
print(inf == inf, inf > 10 ** 1000, -inf < -(10 ** 1000), inf - 1 == inf, inf == 2 ** 1024)
L = [nan]
print(nan in L, L == L, [nan] == [nan], L.count(nan), (nan,) == (nan,))
x = float("nan")
print(x in [float("nan")], {x: 1}.get(x), {float("nan"): 1}.get(float("nan")))
print(sorted([3.5, 1, 2.25, -1, 0.0, -0.0, True]))
print(max(1, 1.0), max(1.0, 1), min(-0.0, 0.0), min(0.0, -0.0), max(0.0, -0.0))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, round(0.1 * 3, 10) == round(0.3, 10))
import math
print(math.isclose(0.1 * 3, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf), math.isfinite(nan))
print(1.0 == 1 + 0j, 1.5 == complex(1.5, 0), (0.5).__eq__(0.5), (0.5).__lt__(1), (0.5).__eq__("0.5"))
try:
    1.0 < "1"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    1.0 < 1j
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(9007199254740993 < 9007199254740992.0 + 2, 9007199254740993 > 9007199254740992.0)
print(-1 < -0.5 < -0.0 <= 0 < 5e-324 < 1e-300)
