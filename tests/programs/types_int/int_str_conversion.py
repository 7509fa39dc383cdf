# str/repr of ints, digit limits, and conversion round trips
import sys
print(str(0), str(-0), repr(123), str(-45), str(10 ** 50), repr(-(10 ** 50)))
print(str(2 ** 100), len(str(2 ** 10000)), str(2 ** 10000)[:20], str(2 ** 10000)[-20:])
print(int(str(3 ** 500)) == 3 ** 500, int(repr(-(7 ** 300))) == -(7 ** 300))
print(f"{12345:,}", f"{-12345678:_}", f"{2 ** 70:,}", format(10 ** 20, ","))
print(f"{42:010}", f"{-42:010}", f"{42:+}", f"{42: }", f"{42:<6}|", f"{42:^7}|", f"{42:*>8}")
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__ + ":", str(e)[:60])
print(len(hex(big)) > 1000, len(str(10 ** 4299)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:5])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
print("%d %i %5d %-5d| %05d %+d %x %X %o %#x %#o" % (42, 42, 42, 42, 42, 42, 255, 255, 8, 255, 8))
print(str(True + 1), str(int("  -007  ")), repr(int("+0")))
print("".join(str(d) for d in range(10)), int("".join(str(d) for d in range(1, 10))))
print(int("١٢", 10), int("٣"), int("0" * 100 + "1"))
print(str(int(1e15)), str(int(1e16)), str(int(-1e17)), str(int(123.999)))
