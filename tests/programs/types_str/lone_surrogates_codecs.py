# Lone surrogates through the codecs, error handlers, printing and json.
import json
import sys

hi, lo = "\ud83d", "\ude00"
pair = hi + lo
astral = "\U0001F600"

def show(label, f):
    try:
        r = f()
        print(label, ascii(r) if isinstance(r, str) else r)
    except (UnicodeEncodeError, UnicodeDecodeError) as e:
        print(label, type(e).__name__ + ":", ascii(str(e)), e.start, e.end, ascii(e.object), e.reason)

# encoding: strict errors name the code point and its position (in code points)
for enc in ("utf-8", "utf-16-le", "utf-32-be", "latin-1", "ascii"):
    show(enc + " lone", lambda: hi.encode(enc))
    show(enc + " pair", lambda: ("ab" + pair + "c").encode(enc))
show("utf-8 mixed", lambda: (astral + "x" + lo).encode())
show("utf-8 astral", lambda: astral.encode())
for errors in ("surrogatepass", "surrogateescape", "backslashreplace", "replace", "ignore", "xmlcharrefreplace", "namereplace"):
    show("utf-8 " + errors, lambda: ("a" + pair + "\udc80b").encode("utf-8", errors))
    show("utf-16 " + errors, lambda: (hi + "x").encode("utf-16-be", errors))
    show("latin-1 " + errors, lambda: ("é" + lo).encode("latin-1", errors))
print(pair.encode("utf-16", "surrogatepass") == astral.encode("utf-16"), pair.encode("utf-8", "surrogatepass") == astral.encode("utf-8"))
print(pair.encode("utf-32-le", "surrogatepass"), astral.encode("utf-32-le"), hi.encode("unicode_escape"), pair.encode("raw_unicode_escape"))

# decoding: handlers that produce lone surrogates, and round trips
show("escape", lambda: b"a\xff\xfeb".decode("utf-8", "surrogateescape"))
print(b"a\xff\xfeb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"), len(b"\xed\xa0\xbd\xed\xb8\x80".decode("utf-8", "surrogatepass")))
show("pass utf-8", lambda: b"\xed\xa0\xbd\xed\xb8\x80".decode("utf-8", "surrogatepass"))
show("strict utf-8", lambda: b"\xed\xa0\xbd".decode("utf-8"))
show("pass utf-16", lambda: b"\x3d\xd8\x00\xde".decode("utf-16-le", "surrogatepass"))
show("pass utf-16 lone", lambda: b"\x00\xde\x3d\xd8".decode("utf-16-le", "surrogatepass"))
show("strict utf-16", lambda: b"\x00\xde".decode("utf-16-le"))
show("pass utf-32", lambda: b"\x3d\xd8\x00\x00\x00\xde\x00\x00".decode("utf-32-le", "surrogatepass"))
show("unicode_escape", lambda: b"\\ud83d\\ude00".decode("unicode_escape"))
show("raw_unicode_escape", lambda: b"\\ud83d\\ude00x".decode("raw_unicode_escape"))
for s in (pair, hi, lo + hi, "x" + pair + astral):
    b = s.encode("utf-8", "surrogatepass")
    print(ascii(s), b, b.decode("utf-8", "surrogatepass") == s, len(b.decode("utf-8", "surrogatepass")), s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass") == (astral if s == pair else s))
print(str(b"\xff", "utf-8", "surrogateescape") == "\udcff", bytes(pair, "utf-8", "surrogatepass"), ascii(str(b"\xed\xb8\x80", "utf-8", "surrogatepass")))

# UnicodeEncodeError built by hand
e = UnicodeEncodeError("utf-8", pair, 1, 2, "surrogates not allowed")
print(ascii(str(e)), ascii(e.object), e.start, e.end)

# printing: stdout is utf-8 with strict errors
try:
    print(hi)
except UnicodeEncodeError as e:
    print("print:", ascii(str(e)))
try:
    print("ok", pair, "never")
except UnicodeEncodeError as e:
    print("<- partial line; print:", ascii(str(e)))
try:
    sys.stdout.write("w" + lo)
except UnicodeEncodeError as e:
    print("write:", ascii(str(e)))
print(ascii(pair), sys.stderr.errors)

# json escapes lone surrogates as \uXXXX; loads pairs up a valid escape pair only
print(json.dumps(hi), json.dumps(pair), json.dumps(astral), json.dumps([lo, {"k" + hi: 1}]))
print(ascii(json.dumps(pair, ensure_ascii=False)), len(json.dumps(hi, ensure_ascii=False)))
for text in ('"\\ud83d"', '"\\ud83d\\ude00"', '"\\ude00\\ud83d"', '"\\ud83dx\\ude00"', '"\\ud83d\\u0041"'):
    v = json.loads(text)
    print(text, ascii(v), len(v), v == astral)
print(json.loads(json.dumps(pair)) == pair, json.loads(json.dumps(pair, ensure_ascii=False)) == pair, json.loads(json.dumps({pair: hi})) == {pair: hi})
