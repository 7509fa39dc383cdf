# float(): conversions from str/int/objects, special values
print(float(), float(1), float(-3), float("1.5"), float("  -2.25e3  "), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("+iNf"), float("-nan"))
print(float(2 ** 53), float(2 ** 53 + 1), float(10 ** 20), float(True))
print(float(".5"), float("5."), float("1e-3"), float("0x10".replace("0x", "")), float("\t7\n"))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
for bad in ["abc", "", "1.5.2", "1e", "0x10", "1__0", "nan1", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
for bad in [None, [1], 1j]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__ + ":", e)
print(float("1e400"), float("-1e400"), float("1e-400"))
print(float(b"3.5"), float(bytearray(b"4.5")))
class BadFloat:
    def __float__(self):
        return "no"
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(float.fromhex("0x1.8p1"), (3.0).hex(), float("１２.５"))
print(type(float("1")).__name__, float("-0"), float("-0.0") == 0.0)
