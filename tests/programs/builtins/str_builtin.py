# str(): conversion of many types, encoding argument, __str__ fallback
print(str(), str(5), str(-2.5), str(1e100), str(None), str(True), str([1, "a"]), str({"k": None}))
print(str(b"abc"), str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"x"), "latin-1"))
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", "utf-8", "ignore") == "", str(b"a\xffb", errors="backslashreplace", encoding="utf-8"))
print(str(object=42), str(encoding="utf-8", object=b"kw"))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
class Both:
    def __str__(self):
        return "Both.str"
    def __repr__(self):
        return "Both.repr"
print(str(OnlyRepr()), str(Both()), str([Both()]))
try:
    str("abc", "utf-8")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__ + ":", e)
try:
    str(b"x", "no-such-codec")
except LookupError as e:
    print(type(e).__name__ + ":", e)
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class StrSub(str):
    pass
s = StrSub("sub")
print(type(str(s)).__name__, str(s) == "sub", type(s).__name__)
print(str(1.0), str(0.1), str(1 / 3), str(2 ** 0.5), str(10 ** 16 * 1.0), str(-0.0), str(float("nan")))
print(str(3 + 0j), str(complex(0, -1)), str(range(2)), str(slice(3)), str(Ellipsis), str(NotImplemented))
print(str(int), str(str), str(type), str(ValueError("msg")), str(KeyError("k")))
print(repr(str("x" * 3)), str(str) is str, str("same") == "same")
print(len(str(2 ** 1000)), str(-10 ** 20))
print(str(frozenset()), str(set()), str(()), str((1,)), str([]))
