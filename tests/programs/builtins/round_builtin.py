# round(): banker's rounding, ndigits, negative ndigits, float representation effects
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1.25, 1), round(1.35, 1))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(1234.5, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(-15, -1), round(5, -1), round(123, 1), round(123, -5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, type(round(5, 1)).__name__)
print(round(1e300, -299), round(1.23456789e-10, 12), round(0.1 + 0.2, 15), round(2 ** 70 + 0.0, -20))
print(round(True), round(7), round(-7, 0), round(10 ** 30 + 1, -29))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0), round(-0.4), round(-0.0, 1))
for bad in [(float("inf"),), (float("nan"),)]:
    try:
        round(*bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in [("1.5",), (1.5, 1.5), (None,)]:
    try:
        round(*bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
print([round(x / 10) for x in range(-25, 30, 5)])
print(round(0.5 + 1e-16), round(2.5000000001), round(1e16 + 1.0))
print(round(123.456, 1), round(-123.456, 1), round(123.456, 5), round(0.0001234, 5))
