# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag
for v in (3.0, 3.5, -2.0, 0.0, -0.0, 1e300, 0.1, 2.5e-5):
    print(v, v.is_integer(), v.as_integer_ratio())
for v in (float("inf"), float("nan")):
    print(v, v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for v in (1.0, 0.5, -2.0, 0.1, 3.14, 1e-300, 5e-324, 1.7976931348623157e308, 0.0, -0.0, float("inf"), float("nan")):
    h = v.hex()
    back = float.fromhex(h)
    print(v, h, back == v or (back != back and v != v))
print(float.fromhex("0x1p0"), float.fromhex("0X1.FFFFFFFFFFFFFP+1023"), float.fromhex("0x1p-1075"), float.fromhex("  -0x3.8p-2  "))
print(float.fromhex("0x1.000000000000008p0"), float.fromhex("0x1.000000000000018p0"))
try:
    float.fromhex("0x1p10000")
except OverflowError as e:
    print(type(e).__name__ + ":", e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, type((2.5).imag).__name__)
print((7.0).__trunc__(), (7.9).__floor__(), (7.1).__ceil__(), (2.5).__round__(), (2.567).__round__(2))
print(float.__name__, (1.5).__class__.__name__, isinstance(1.5, float), float.__mro__)
print(sorted(m for m in dir(float) if not m.startswith("_")))
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d == 2 ** 55)
print((1.5).__int__(), (1.5).__float__() is not None, (-1.5).__abs__(), (1.5).__neg__(), (1.5).__bool__(), (0.0).__bool__())
