# ascii(): repr with non-ASCII characters escaped
print(ascii("plain"))
print(ascii("café"))
print(ascii("日本"))
print(ascii("emoji 😀"))
print(ascii("tab\tnewline\n"))
print(ascii("\x00\x7f\x80\xff"))
print(ascii("\u0100\uffff\U00010000"))
print(ascii(["é", {"ü": "ß"}]))
print(ascii(("ñ",)))
print(ascii(b"bytes \xff"))
print(ascii(1), ascii(1.5), ascii(None), ascii(True))
print(ascii("quote's"), ascii('double"'), ascii("both'\""))
class R:
    def __repr__(self):
        return "R(ö)"
print(ascii(R()), repr(R()))
print(ascii("\\"), ascii(""))
print(len(ascii("é")), len(repr("é")))
print(ascii("\u2028"), repr("\u2028"))
print(ascii("\ud800"))
print(ascii("a\rb"))
try:
    ascii()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(ascii(frozenset()), ascii({}), ascii(set()))
