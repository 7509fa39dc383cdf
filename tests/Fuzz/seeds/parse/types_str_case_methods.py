# upper, lower, title, capitalize, swapcase, casefold, and is-case predicates
samples = ["hello world", "HELLO World", "hELLO wORLD", "they're bill's friends", "123abc DEF", "ß straße", "ǅungla", "ﬁne", "éTÉ", ""]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("İ".lower(), len("İ".lower()), "ŉ".upper(), "ΣΑΣ".lower(), "ς".upper(), "Σ".lower())
print("hello".isupper(), "HELLO".isupper(), "Hello".islower(), "hello".islower(), "Hello World".istitle(), "Hello world".istitle())
print("123".isupper(), "A1".isupper(), "".islower(), "a1".islower(), "1A".istitle(), "A1 B2".istitle())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse", "ﬀ".casefold())
print("o'neil mc-donald 3rd x2y".title(), "hello\tworld\nagain".title(), "ALL CAPS".capitalize())
print("mIxEd".swapcase().swapcase(), "ǈ".swapcase(), "ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
print(b"Hello World".upper(), b"Hello World".lower(), b"hello world".title(), b"hELLO".swapcase(), b"\xe9a".upper())
for c in "aZ09_ ":
    print(repr(c), c.upper(), c.lower(), c.isupper(), c.islower())
try:
    "x".upper(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold))
print("ǰ".upper(), len("ǰ".upper()), "ﬃ".upper(), "ᾳ".upper(), "ᾳ".title())
