# float() parsing of strings: formats accepted and rejected
good = ["0", "-0", "+1.5", "1.", ".5", "1e3", "1E-3", "1e+3", "  3.25  ", "1_000.000_1", "inf", "-inf",
        "INF", "Infinity", "-iNfInItY", "nan", "NaN", "-nan", "+nan", "1e308", "1e309", "-1e309", "1e-400",
        "0.1", "000123.4500", "4.9e-324", "2.2250738585072011e-308", "\t\n12\r\n", "1.7976931348623157e308"]
for s in good:
    print(repr(s), "->", repr(float(s)))
bad = ["", " ", "1.2.3", "1e", "e5", "1e1.5", "0x1p3", "1_", "_1", "1__0", "1,5", "infinity1", "nann", "- 1",
       "++1", "1f", "1d", "١.٥x"]
for s in bad:
    try:
        float(s)
        print(repr(s), "unexpectedly parsed")
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(float("١.٥"), float("１２３"), float(b" 2.5 "), float(bytearray(b"1e2")))
print(float.fromhex("0x1.8p3"), float.fromhex("-0x1p-1074"), float.fromhex("0x.8"), float.fromhex("inf"))
try:
    float.fromhex("0x1.8q3")
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(float("3.14159265358979323846264338327950288"), float("0.30000000000000004") == 0.1 + 0.2)
print(float("9007199254740993"), float("9007199254740995"), float("1" * 400) == float("inf"))
