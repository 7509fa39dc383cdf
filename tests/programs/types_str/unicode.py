# Unicode strings: code points, len, normalization-free operations, surrogates
s = "naïve café 日本語 😀"
print(len(s), [ord(c) for c in s[:6]], s[11:14], s[-1], len(s.encode()), len(s.encode("utf-16-le")) // 2)
print(s.upper(), s.title(), s[::-1], s.split(), "日本" in s, s.find("😀"), s.count("é"))
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"), len("é"), "e\u0301".encode())
print(chr(0x10FFFF).encode("utf-8"), "\U0001F468\u200d\U0001F469".encode(), len("\U0001F468\u200d\U0001F469"))
print(sorted("äaåzæ"), sorted(["Zoë", "zoe", "Zoe", "zoë"]), max("αβγ"), min("ÿa"))
print("Ω".isupper(), "ω".islower(), "ω".upper(), "ΣΑΣ".lower(), "ǆ".title(), "ß".upper(), "ﬁ".upper())
print("٣".isdigit(), int("٣٤"), "Ⅻ".isnumeric(), "Ⅻ".isdigit(), "½".isnumeric(), float("٣.٥"))
print(repr("\u200b"), repr("\u00a0"), repr("\t"), repr("\x1b"), repr("\u0085"), repr("\ud83d"), repr("\U0001F600"))
print("tab\there".expandtabs(4), "a\u2028b".splitlines(), "x\u3000y".split())
print([c for c in "a😀b"], list("é😀".encode()), bytes("é😀", "utf-8").decode() == "é😀")
print(ascii(s), s.encode("ascii", "backslashreplace"))
print("straße".casefold(), "İstanbul".lower(), len("İstanbul".lower()), "ǰ".upper())
print("😀" * 3, "😀".center(5, "*"), "😀".ljust(3, "é"), len("😀".center(5)))
surrogate = "\ud83d\ude00"
print(len(surrogate), surrogate == "😀", surrogate.encode("utf-16", "surrogatepass") == "😀".encode("utf-16"))
try:
    surrogate.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__ + ":", e)
print("%s|%5s|%-5s|" % ("é", "日本", "😀"), f"{'日本':*^6}")
print(str(b"\xe6\x97\xa5", "utf-8"), "日".encode("utf-8").hex(), "\N{SNOWMAN}", "\N{EURO SIGN}".encode("cp1252"))
