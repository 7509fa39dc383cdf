# center, ljust, rjust, zfill
s = "abc"
for w in (0, 2, 3, 4, 5, 6, 7):
    print(w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("a".center(4, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "42".zfill(1), "".zfill(3), "abc".zfill(5), "-".zfill(3), "+-1".zfill(5))
print("3.14".zfill(8), "-3.14".zfill(8), "1e5".zfill(6), "Ø".zfill(3))
print("x".ljust(5, "é"), "x".rjust(5, "😀"), len("x".rjust(5, "😀")))
for args in [(5, "ab"), (5, "")]:
    try:
        "x".center(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "x".zfill(None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(repr("x".center(-1)), repr("x".ljust(-5)), repr("x".rjust(0)))
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12, ".") + str(qty).rjust(4) + f"{price:.2f}".rjust(8))
print("TITLE".center(30, "="))
print(b"ab".center(6, b"-"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), bytearray(b"7").zfill(3))
print("|" + "left".ljust(10) + "|" + "right".rjust(10) + "|" + "mid".center(9) + "|")
