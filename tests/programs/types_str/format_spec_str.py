# Format spec mini-language for strings
s = "python"
print(f"{s}|{s:s}|{s:10}|{s:<10}|{s:>10}|{s:^10}|{s:^11}|{s:*^11}|{s:.3}|{s:10.3}|{s:>10.2}|")
print(f"{'':5}|{'':>5}|{'x':0>5}|{'x':0<5}|{'é':^5}|{'😀':>4}|{'ab':\t>4}|")
print(f"{s!r:>12}|{s!s:^12}|{s!a:12}|{'é'!a:>8}|")
print(format("abc", "5"), format("abc", "<5") + "|", format("abc", "=^7"), format("abc", ".0") + "|", format("abc", ".10"))
for spec in ["d", ",", "_", "+", " ", "#", "05", "=5", "x", "z"]:
    try:
        print(repr(spec), repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__ + ":", e)
print("{:>{}}|{:<{}}|".format("a", 3, "b", 3), "{:{}^{}}".format("c", "-", 7))
print(f"{'left':{'<'}{8}}|{'right':{'>'}{8}}|")
print(f"{s.upper():^20}", f"{s[::-1]:>8}", f"{s * 2:.9}")
print(f"{'{'}{'}'}", "{{{}}}".format("braces"), f"{{{s}}}", f"{{s}}")
class Named:
    def __format__(self, spec):
        return "Named(" + spec + ")"
print(f"{Named():>10}", f"{Named()!s:>30}"[:20] if False else f"{Named():spec with spaces}")
class StrSub(str):
    pass
print(f"{StrSub('sub'):>6}|", format(StrSub("x"), "^3") + "|")
print(f"{None!s:>6}|{True!s:<6}|{[1, 2]!s:^10}|")
try:
    f"{None:>6}"
except TypeError as e:
    print(type(e).__name__ + ":", e)
