# int(): parsing with bases, truncation, __int__/__index__, errors
print(int(), int(7), int(-7.9), int(7.9), int("42"), int("-42"), int(" +42 "), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("  0  ", 0), int("-0b11", 0))
print(int(True), int(2.5e10), int(-0.9), int(1e20))
print(int("١٢٣"), int("١٢٣") + 1)
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 7
class HasTrunc:
    def __trunc__(self):
        return 5
print(int(HasInt()), int(HasIndex()))
for args in [("12", 1), ("12", 37), ("9", 8), ("", 10), ("0x", 16), ("08", 0), ("1.0",), ("one",)]:
    try:
        int(*args)
    except ValueError as e:
        print(args, type(e).__name__ + ":", e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(int("0", 0), int("00", 0), int("0_0", 0))
print(int(b"12"), int(bytearray(b"34")), int("12", base=HasIndex()))
print(int("10", base=0) if True else 0, int(x="5") if False else "int() first arg is positional-only")
try:
    int(x="5")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(type(int("5")).__name__, int.__name__, int("-0"))
