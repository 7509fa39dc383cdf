# bytes methods: search, split/join, strip, replace, case, predicates
b = b"Hello, World! Hello!"
print(b.find(b"Hello"), b.rfind(b"Hello"), b.index(b"World"), b.count(b"l"), b.count(b"Hello"), b.find(b"xyz"))
print(b.startswith(b"Hello"), b.endswith((b"?", b"!")), b.find(111), b"o" in b, 111 in b, 300 in b"" if False else "skip")
print(b.split(b", "), b.split(), b.rsplit(b"l", 2), b"a,b,,c".split(b","), b"  x  y ".split(None, 1))
print(b.partition(b", "), b.rpartition(b"!"), b.replace(b"Hello", b"Bye"), b.replace(b"l", b"L", 2))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"--a--".lstrip(b"-"), b"--a--".rstrip(b"-"))
print(b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"."), b"42".zfill(5), b"-42".zfill(5))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle())
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y"), memoryview(b"z")]))
print(b"a\tb".expandtabs(4), b"line1\nline2\r\nline3".splitlines(), b"line1\nline2".splitlines(True))
print(b"prefix-data".removeprefix(b"prefix-"), b"data.bin".removesuffix(b".bin"))
print(b"\x00\x01abc\xff".isascii(), b"abc".isascii(), b"".isalpha())
for bad in [lambda: b.find("Hello"), lambda: b"a" + "b", lambda: b.split("x"), lambda: b"-".join(["a"]), lambda: b.count(256)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b.index(b"!"), b.rindex(b"!"))
try:
    b.index(b"?")
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"lo"))
