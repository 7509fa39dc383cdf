# int() parsing in all bases and formatting back
for base in (2, 3, 8, 10, 16, 36):
    print(base, int("101", base), int("11", base))
print(int("zz", 36), int("ZZ", 36), int("Zz", 36), int("10", 36))
print(int("0b1010", 0), int("0o777", 0), int("0x_ff", 0), int("1_2_3", 0), int("0", 0), int("-0x10", 0))
print(int("0b1010", 2), int("0o17", 8), int("0XAB", 16), int("  -ff  ", 16))
print(int("1" * 64, 2) == 2 ** 64 - 1, int("f" * 32, 16) == 2 ** 128 - 1)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in (0, 5, -5, 255, 1295, 2 ** 40, -(10 ** 12)):
    reps = [to_base(n, b) for b in (2, 7, 16, 36)]
    print(n, reps, all(int(r, b) == n for r, b in zip(reps, (2, 7, 16, 36))))
bad = [("2", 2), ("8", 8), ("g", 16), ("0x10", 10), ("0b", 0), ("010", 0), ("_1", 10), ("1_", 10), ("", 16), ("0x", 0)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(int("00012"), int("+5"), int("\t\n 42 \r"), int("0_0"), int("00", 0))
print(format(1295, "x"), format(1295, "o"), format(1295, "b"), format(-1295, "#x"), hex(2 ** 70))
