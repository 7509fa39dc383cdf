# str.encode and bytes.decode with codecs and error handlers
s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), len(s), len(s.encode()))
print(s.encode("latin-1", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", errors="namereplace"))
print(s.encode("utf-16-le")[:8], s.encode("utf-32-be")[:8], s.encode("cp1252"), "€".encode("iso-8859-15"))
print("😀".encode("utf-8"), "😀".encode("utf-16-be"), len("😀".encode("utf-16-le")), "😀".encode("utf-8").decode())
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__ + ":", e, e.start, e.end)
data = s.encode("utf-8")
print(data.decode("utf-8") == s, data.decode("latin-1"), data.decode("ascii", "ignore"))
print(data.decode("ascii", "replace"), data.decode("ascii", "backslashreplace"))
print(b"\xff\xfeabc".decode("utf-8", "replace"), b"\xff\xfeabc".decode("utf-8", "ignore"), b"\xe9t\xe9".decode("latin-1"))
for bad in [b"\xff", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bad, type(e).__name__ + ":", e)
try:
    "x".encode("bogus-codec")
except LookupError as e:
    print(type(e).__name__ + ":", e)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print(repr(b"\x80abc".decode("utf-8", "surrogateescape")), len(b"\x80abc".decode("utf-8", "surrogateescape")))
print(repr(b"\x80".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))
print("abc".encode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), "Ā".encode("utf-8").hex(" "))
print(bytes("ü", "utf-8"), str(b"\xc3\xbc", "utf-8"), "ü".encode("UTF8"), "ü".encode("Latin1"), "ü".encode("utf_8"))
