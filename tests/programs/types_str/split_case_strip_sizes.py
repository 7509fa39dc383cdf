# str.split() of many words (its buffer sized from the length, grown past it), lower/upper around
# the 32-char boundary of the one-pass ASCII scan, strip with a few chars and with many: every
# result equals CPython's, for ASCII, non-ASCII and astral text.
words = ["w%d" % i for i in range(5000)]
text = " ".join(words)
parts = text.split()
print(len(parts), parts[:3], parts[-2:], parts == words)
print(len(text.split(None, 4000)), text.split(None, 4000)[-1][:12], text.split(None, 0)[0][:8])
print(("  " + text + "\t\n").split(maxsplit=2)[:2], len(("a " * 70000).split()))
print("a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g\u2000h".split(), "x\x00y\x7fz".split(), "\x1b\x20".split())
print(" ".join(["é"] * 3).split(), "a\U0001F600 b".split(), "".split(None, 3), " ".split(None, 0))

for n in (0, 1, 31, 32, 33, 40):
    for tail in ("", "Q", "é", "\U0001F600", "ß", "İ"):
        s = "ab" * (n // 2) + "c" * (n % 2) + tail
        lo, up = s.lower(), s.upper()
        print(n, repr(tail), len(lo), lo[-3:], len(up), up[-3:], s.islower(), s.swapcase()[-2:])
mixed = "Hello World " * 3
print(mixed.lower(), mixed.upper(), "ABC".lower(), "abc".upper(), "".lower(), "Σ".lower(), "ΑΣ".lower())

for s in ("word,", ",.word.,", "..", ",", "", "w", "a,b.", "é,", "\U0001F600,.\U0001F600"):
    print(repr(s.strip(",.")), repr(s.lstrip(",.")), repr(s.rstrip(".,")), repr(s.strip("abcdefghij,.")))
print("xxhixx".strip("x"), "  pad  ".strip(" "), "\U0001F600a\U0001F600".strip("\U0001F600"), "abc".strip(""))
print("-=+hello+=-".strip("+-="), "0123456789hello9876543210".strip("0123456789"), "ab".strip("ba"))
