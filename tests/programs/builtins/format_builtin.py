# format(): builtin entry point to the format spec mini-language
print(format(42), format(42, ""), format(42, "d"), format(42, "5d"), format(42, "<5") + "|")
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(1234.5, ","), format(0.25, "%"))
print(format("text", ">10"), format("text", "*^10"), format("text", ".2"))
print(format(255, "x"), format(255, "#X"), format(255, "08b"), format(-255, "+x"))
print(format(1e10, "e"), format(1e10, "g"), format(123456789, "_"), format(0.000012345, "g"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format((1,), ""))
print(format(1 + 2j), format(1 + 2j, ".1f"))
class Custom:
    def __format__(self, spec):
        return f"Custom[{spec}]"
print(format(Custom(), "anything"), format(Custom()))
for value, spec in [(1, "s"), ("s", "d"), (1.5, "d"), ([1], "d"), (object(), "x")]:
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(format(12345.678, ",.2f"), format(-0.0, "f"), format(-0.0, "zf") if True else "")
print(format(float("nan"), "f"), format(float("-inf"), "10f") + "|", format(float("inf"), "E"))
print(repr(format(5, "c")), format(0x263A, "c"))
print(format(1234567, "n"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format("abc", "")[:2], format(b"x".decode(), "3") + "|")
