# strip, lstrip, rstrip, removeprefix, removesuffix
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcHIcba".lstrip("abc")), repr("abcHIcba".rstrip("cba")))
print(repr("hello".strip("")), repr("hello".strip("helo")), repr("".strip()), repr("   ".strip()))
print(repr("www.example.com".strip("cmowz.")), repr("  x  ".strip(None)), repr("\u3000wide\u3000".strip()))
print(repr("\x1c\x1d\x1e\x1fx\x85\xa0".strip()), repr("\x00x\x00".strip()), repr("\x00x\x00".strip("\x00")))
print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("nope"), "name.py".removesuffix(".py"))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "".removeprefix("x"), "x".removesuffix(""))
print("test.tar.gz".removesuffix(".gz").removesuffix(".tar"), "abc".removeprefix("abc"), repr("abc".removesuffix("abc")))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "x".removeprefix(None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
lines = ["  a  ", "b  ", "  c", "\td\n"]
print([l.strip() for l in lines], [l.lstrip() for l in lines], [l.rstrip() for l in lines])
print("0001200".lstrip("0"), "0001200".rstrip("0"), "0001200".strip("0"), "0000".lstrip("0") or "0")
print("Mr. Smith".lstrip("Mr. "), "Mrs. Jones".lstrip("Mr. "), "Mrs. Jones".removeprefix("Mr. "))
print(b"  bytes  ".strip(), b"xxbyxx".strip(b"x"), bytearray(b" ba ").strip(), b"--x--".lstrip(b"-"))
print("éaé".strip("é"), "😀x😀".strip("😀"))
