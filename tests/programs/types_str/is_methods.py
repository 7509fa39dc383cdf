# isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isprintable, isascii, isidentifier
samples = ["123", "12.3", "-1", "", "abc", "ABC", "abc123", "a b", " \t\n", "²", "½", "٣", "Ⅷ", "一", "é", "ß", "\x00", "\x7f", "~!", "_var", "1var", "café", "😀"]
print(f"{'sample':>10} dig dec num alp aln spc prn asc idn")
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isprintable(), s.isascii(), s.isidentifier()]
    print(f"{s!r:>10}", " ".join(" T " if f else " . " for f in flags))
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" ".isspace(), b"\xe9".isalpha(), b"AB".isupper(), b"".isdigit())
print(bytearray(b"x").isalpha(), b"Title Case".istitle(), b"\x80".isascii(), b"abc".isascii())
print("\u2028".isspace(), "\u00a0".isspace(), "\u200b".isspace(), "\x1c".isspace(), "\u3000".isspace())
print("\u0660".isdecimal(), "\u00b2".isdecimal(), "\u00bd".isdigit(), "\u2155".isnumeric())
print([c for c in "a1 B2_c3!" if c.isalnum()], sum(c.isdigit() for c in "a1b22c333"))
def classify(c):
    if c.isdigit():
        return "digit"
    if c.isalpha():
        return "alpha"
    if c.isspace():
        return "space"
    return "other"
print([classify(c) for c in "a1 !é²\t"])
print("".isalpha(), "".isdigit(), "".isspace(), "".isprintable(), "".isascii(), "".isidentifier())
