# int(), float(), complex() and float.fromhex() on text: bases and prefixes, underscores,
# whitespace (ASCII and Unicode), Unicode decimal digits, signs, inf/nan spellings, bytes.
def attempt(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, TypeError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


int_cases = ["0", "-0", "+7", " 12 ", "\t\n42\r\x0b\x0c", "1_000", "0x1F", "0X_ff", "0o17", "0b1010", "0b_1",
             "010", "00", "0_0", "09", "1__0", "_1", "1_", "0x", "0x_", "- 1", "--1", "+-1", "١٢٣", "𝟕𝟖", "\u30007\u3000",
             "7\x85", "\xa07", "7\x1c", "1e3", "1.0", "", " ", "z", "Z", "zz", "0z", "٣x", "12\u200b"]
for s in int_cases:
    print(repr(s), " ".join(attempt(int, s, b) for b in (0, 2, 8, 10, 16, 36)))
print(attempt(int, b" 0x1f ", 0), attempt(int, bytearray(b"z"), 36), attempt(int, b"\xff"), attempt(int, b"1" * 250))
print(attempt(int, "9" * 4300) == repr(int("9" * 4300)), attempt(int, "9" * 4301), attempt(int, "1" * 5000, 16)[:40])
print(attempt(int, "1" * 250), attempt(int, "é" * 300)[-30:])

float_cases = ["1", "-1.5", "+.5", "5.", ".", "1e5", "1E-5", "1e+5", "1_000.000_1", "1_e5", "1e_5", "1e5_", "_1.0",
               "inf", "-Infinity", "+iNf", "infinit", "nan", "-NaN", "+nan", "nan1", " 1.5 ", "\u2003-2.5\u2003",
               "١.٥", "0x1p3", "1,5", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
               "0.1000000000000000055511151231257827021181583404541015625", "9007199254740993", "", " ", "1 1", "e5"]
for s in float_cases:
    print(repr(s), attempt(float, s), attempt(complex, s))
print(attempt(float, b"1.5"), attempt(float, bytearray(b" inf ")), attempt(float, b"1_0"), attempt(float, b"\xb1"))

complex_cases = ["1+2j", "(1+2j)", " ( -1.5e2-3j ) ", "j", "-j", "+J", "2j", "1e1j", "1e+1j", "1e-1+1e-1j", "inf+nanj",
                 "-inf-infj", "1+j", "1-j", "(1)", "()", "(1+2j", "1+2j)", "1 +2j", "1+ 2j", "1+2 j", "1+2i", "j1", "1j+1",
                 "1+2jj", "--1j", "1_0+2_0j", "0x1+1j", "\u20091+1j\u2009"]
for s in complex_cases:
    print(repr(s), attempt(complex, s))
print(attempt(complex, "1", 2), attempt(complex, 1, "2"), attempt(complex, b"1"))

hex_cases = ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076",
             "0x1.fffffffffffff8p1023", "0x1p1024", "1", "0x.8", "0x1.", ".8p1", "0xp1", "0x1p", "0x1p+", " 0x1 ",
             "inf", "-infinity", "nan", "0x1g", "0x10000000000000000000p-80", "0x1.00000000000008p0", "0x1.00000000000018p0"]
for s in hex_cases:
    print(repr(s), attempt(float.fromhex, s))
for v in [1.0, -0.5, 3.14159, 1e-320, 2.0**-1022, 1.7976931348623157e308, 0.1, 1e100]:
    print(v.hex(), float.fromhex(v.hex()) == v)
