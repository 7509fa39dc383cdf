# int(x) for exact str and float: the common forms (a fast path) and every neighbouring form
# that must take the general path with CPython's result or error.
cases = [
    "0", "7", "-7", "+7", "  42  ", "\t\n42\r\v\f", "007", "-0", "1_000", "1_000_000",
    "999999999999999999", "-999999999999999999", "1000000000000000000", "9223372036854775807",
    "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
    "1__0", "_1", "1_", "+_1", "", " ", "+", "-", "1 2", "1.5", "0x10", "0b1", "1e3",
    "\u0661\u0662", "\u00a012\u00a0", "١٢٣", "12\u2003", "\x1c12", "12\x1f", "++1", "--1", "- 1",
]
for s in cases:
    try:
        v = int(s)
        print(repr(s), "->", v, type(v).__name__)
    except ValueError as e:
        print(repr(s), "ValueError:", e)

class S(str):
    def __int__(self):
        return 99
print(int(S("5")), int(S("5").strip()))

floats = [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 3.0, 1e15 + 0.5, -1e15 - 0.5, 9.2e18, 9.3e18,
          -9.3e18, 2.0 ** 63, -(2.0 ** 63), 1e300, float("inf"), float("-inf"), float("nan")]
for f in floats:
    try:
        print(repr(f), "->", int(f))
    except (ValueError, OverflowError) as e:
        print(repr(f), type(e).__name__ + ":", e)

class F(float):
    def __int__(self):
        return 7
    def __trunc__(self):
        return 8
print(int(F(2.5)), int(True), int(False))
total = 0
for i in range(1000):
    total += int(str(i * 37)) - int(i * 0.5)
print(total)
