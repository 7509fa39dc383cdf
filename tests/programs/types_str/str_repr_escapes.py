# repr() of strings: quote choice and escape sequences
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline", "tab\tx", "cr\rx",
           "\x00\x01\x1f", "\x7f", "\x80\x9f", "\xa0\xad", "é", "\u200b", "\u2028", "\ufeff", "\U0001F600",
           "\ud800", "\x1b[31m", "\a\b\f\v", "", "'", '"', "\\'"]
for s in samples:
    print(len(s), repr(s), ascii(s))
print(repr("a" * 3), str(repr("x")), repr(repr("x")), eval(repr("it's \"q\"\n")) == "it's \"q\"\n")
print(all(eval(repr(s)) == s for s in samples))
print(repr(b"it's"), repr(b'"'), repr(b"\x00\x7f\x80\xff\n\t\\"), repr(bytearray(b"'\"")))
print([s for s in ("a", "b'c")], {"k'": 'v"'}, ("\n",))
print(f"{'quote'!r}", f"{'é'!a}", "%r" % "x'y", "{!r}".format("\t"))
print(repr(chr(0x7f)), repr(chr(0xa0)), repr(chr(0x3000)), repr(chr(0xe000)), repr(chr(0x10ffff)))
print(repr("\N{LATIN SMALL LETTER E WITH ACUTE}"), repr("\N{COMBINING ACUTE ACCENT}"), repr("e\u0301"))
print(str("x\ny"), repr(str("x\ny")))
class Q(str):
    pass
print(repr(Q("sub'class")), str(Q("x")) == "x")
print(len(repr("\x00")), len(repr("\n")), len(repr("é")), len(ascii("é")), len(repr("😀")), len(ascii("😀")))
print(repr("'" * 3), repr('"' * 3), repr("'\"" * 2))
print(repr("\\n"), repr("\\"), "\\".__len__())
