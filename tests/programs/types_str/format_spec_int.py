# Format spec mini-language for integers
n = 1234567
print(f"{n}|{n:d}|{n:12d}|{n:<12d}|{n:^12d}|{n:>12d}|{n:012d}|{n:+d}|{-n:+d}|{n: d}|{-n: d}")
print(f"{n:,}|{n:_}|{n:,d}|{-n:,}|{n:15,}|{n:015,}|{n:_x}|{n:_b}|{n:_o}")
print(f"{255:b}|{255:o}|{255:x}|{255:X}|{255:#b}|{255:#o}|{255:#x}|{255:#X}|{-255:#x}")
print(f"{255:010b}|{255:#010b}|{255:#10x}|{255:<#10x}|{255:^#10x}|{255:=#10x}|{-255:=#10x}")
print(f"{65:c}|{0x1F600:c}|{10:c}|{97:5c}|{97:<3c}|")
print(f"{42:*>8}|{42:*<8}|{42:*^8}|{-42:*=8}|{42:0>8}|{42:0<8}|{-42:08}|{-42:0=8}")
print(f"{0:d}|{0:#x}|{0:b}|{-0:+d}|{0:,}|{True:d}|{False:#b}")
print(f"{10 ** 25:,}|{-(2 ** 70):_}|{2 ** 64:#x}|{2 ** 64:e}|{2 ** 64:.3g}")
print(f"{n:e}|{n:.2e}|{n:E}|{n:f}|{n:.1f}|{n:g}|{n:%}|{n:.0%}|{42:n}")
print(f"{42:=+6}|{42:+06}|{42:-6}|{42: 6}|{-42: 6}")
print(format(1234, "_"), format(12345678, "_x"), format(-1234, "010,"), format(1234, ",").replace(",", "."))
for spec in ["s", ".2d", ",c", "z", "#c", "=s"]:
    try:
        print(spec, format(42, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__ + ":", e)
try:
    format(-1, "c")
except (OverflowError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    format(42, "__")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    format(42, ",_")
except ValueError as e:
    print(type(e).__name__ + ":", e)
width = 10
print(f"{n:>{width},}|{n:^{width + 5}_}|{n:{'<'}{width}}|")
