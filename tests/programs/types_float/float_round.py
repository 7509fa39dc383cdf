# round() for floats: ties to even, representation effects, ndigits forms
for v in (0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005):
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2))
for v, n in [(1234.5678, -1), (1234.5678, -2), (1234.5678, -5), (0.0015, 3), (0.0025, 3), (1e300, 2), (1.23456e-30, 32)]:
    print(v, n, round(v, n))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(-0.4), round(-0.0, 2), round(0.5 - 1e-17))
print(round(float("inf"), 1), round(float("-inf"), 1), round(float("nan"), 1))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print([round(i * 0.1, 1) for i in range(11)])
print(round(2 ** 0.5, 10), round(22 / 7, 5), round(1 / 3, 20), round(12.345, 100))
print(f"{2.675:.2f} {1.005:.2f} {0.125:.2f} {0.375:.2f} {2.5:.0f} {3.5:.0f}")
print(round(5e-324, 323), round(5e-324, 324), round(1.5e300, -299))
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(int(2.9), int(-2.9), math.floor(1e20), math.ceil(-1e-20))
