# Decoding bytes to str with codecs and error handlers
raw = "Grüße, 世界 ✓".encode("utf-8")
print(raw, len(raw), raw.decode(), raw.decode("utf-8"), raw.decode(encoding="utf-8"))
print(raw.decode("latin-1"), raw.decode("ascii", "ignore"), raw.decode("ascii", "replace"))
print(raw.decode("ascii", "backslashreplace"), raw.decode("cp1252", "replace"))
for bad in [b"\x80", b"\xc3", b"\xe4\xb8", b"abc\xffdef"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(type(e).__name__ + ":", e, "| reason:", e.reason, e.start, e.end)
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"h\x00i\x00".decode("utf-16-le"), b"\x00h\x00i".decode("utf-16-be"))
print(b"\xef\xbb\xbfBOM".decode("utf-8"), repr(b"\xef\xbb\xbfBOM".decode("utf-8")), b"\xef\xbb\xbfBOM".decode("utf-8-sig"))
print(bytearray(b"caf\xc3\xa9").decode(), memoryview(b"mv\xc3\xa9").tobytes().decode())
print(b"\xe9t\xe9".decode("latin-1"), b"\x80".decode("cp1252"), b"\x9d".decode("cp1252", "replace"))
try:
    b"abc".decode("no-such")
except LookupError as e:
    print(type(e).__name__ + ":", e)
try:
    b"abc".decode("utf-8", "no-such-handler")
    print("unused error handler not looked up")
    b"\xff".decode("utf-8", "no-such-handler")
except LookupError as e:
    print(type(e).__name__ + ":", e)
print(str(b"bytes", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(b"x"), repr(str(b"\xc3\xa9")))
print(repr(b"A\x00B".decode()), len(b"A\x00B".decode()), b"\x1b[0m".decode() == "\x1b[0m")
print("".join(chr(b) for b in b"abc"), bytes(ord(c) for c in "xyz").decode())
text = "emoji 😀 and é"
for enc in ("utf-8", "utf-16-le", "utf-32-le"):
    encoded = text.encode(enc)
    print(enc, len(encoded), encoded.decode(enc) == text)
