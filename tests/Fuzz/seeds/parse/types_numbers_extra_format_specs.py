# format() / __format__ of int, bool, float, complex and str with every part of the spec
# mini-language, including odd fills, the '0' flag, grouping and the error messages.
def f(v, spec):
    try:
        return repr(format(v, spec))
    except (ValueError, TypeError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


specs = ["", "10", "<10", ">10", "^10", "=10", "010", "+010", "-010", " 010", "0<10", "0>10", "0^10", "0=10",
         "*^11", "😀>6", "é<6", "\t=8", ">=10", "x^9", "#10", "z10", ",", "_", "10,", "010,", "011_", "+,", ".3",
         "10.3", ".0", "#.0", "s", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "#x", "#b",
         "#o", "#X", "_x", "_b", ",x", ",b", "#010x", "+#x", " #o", "=+10,d", "z", "zd", "zf", "z.2f", "+z.1f",
         ".2s", ",s", "#s", "+s", " s", "=s", "^=5", "é", "ñ", "\x00", "\U0001f600", "%d", "x,", "10.3.3", ",_",
         "_,", "__", ",,", ".", ".f", "1" * 25, ".99999999999999999999", "07.2%", "+.0%", "<08.3e"]
values = [0, 7, -42, 255, 1234567, -(10**20), True, False, 0.0, -0.0, 1.5, -1234.5678, 1e16, 1e-7, float("inf"),
          float("nan"), 1j, -2.5 + 0j, 1234.5 - 6.75j, complex(0, -0.0), "", "abc", "é😀x"]
for v in values:
    print(repr(v))
    print("  " + " | ".join(f"{s!r}:{f(v, s)}" for s in specs))
print(f(65, "c"), f(0x1F600, "c"), f(0x110000, "c"), f(-1, "c"), f(0xD800, "c") == repr("\ud800"), f(10**30, "c"))
print(f(2**200, ","), f(-(2**100), "_x"), f(2**100, "#_b"), f(10**40, "e"), f(2**1100, "e"), f(10**5000, "x")[:20])
print(f(10**5000, ""), f(10**5000, "d"), f(-(10**5000), ","))
print(f(1e300, ",.2f")[:50], f(12345.6789, "_.10f"), f(5e-324, ".1100f")[-12:], f(1.0, ".400e")[-12:])


class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"


class NoFmt:
    pass


print(format(Fmt(), "xyz"), f"{Fmt():>{5}}", format(NoFmt()) != "", f(NoFmt(), "5"), f(None, ">4"), f(None, ""))
print(f"{3.14159:{'.'}{3}}", f"{'abc':{'*'}{'^'}{9}}", f"{42:{''}}", "{:{}{}}".format(7, "+", 5))


class MyStr(str):
    def __str__(self):
        return "custom"


print(format(MyStr("plain"), ""), format(MyStr("plain"), "s"), format(MyStr("plain"), ">8"), f"{MyStr('p')}", str.__format__("x", "^3"))
for bad in [1, None, b""]:
    try:
        (5).__format__(bad)
    except TypeError as e:
        print("TypeError:", e)
