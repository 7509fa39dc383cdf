# String comparison: lexicographic by code point, equality, identity-free checks
print("a" < "b", "a" < "B", "B" < "a", "abc" < "abd", "abc" < "ab", "" < "a", "a" < "aa", "Z" < "a")
print("apple" == "apple", "apple" != "Apple", "apple".lower() == "APPLE".lower(), "é" > "z", "😀" > "é")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "_x", "1a", " sp"]))
print(max("hello"), min("hello"), max(["aa", "b"]), min(["aa", "b"], key=len))
print("a" * 3 == "aaa", "ab" + "c" == "abc", "abc"[0:2] == "ab", str(12) == "12", "12" == 12)
print("10" < "9", int("10") < int("9"), "2" > "10", sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100"], key=int))
for a, b in [("a", 1), ("a", None), ("a", b"a")]:
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print("a" == b"a", "a" != b"a", "" == b"", [] == "")
print(("a", 1) < ("a", 2), ("a", 1) < ("b", 0), ["x"] < ["x", "y"])
print("abc".__eq__("abc"), "abc".__lt__("abd"), "abc".__eq__(5), "a".__ge__("a"))
print("Straße" == "Strasse", "Straße".casefold() == "Strasse".casefold(), "ﬁ" == "fi", "ﬁ".casefold() == "fi")
words = ["delta", "Alpha", "charlie", "Bravo", "echo"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)), sorted(words, reverse=True))
print("abc" in "xabcx", "" in "abc", "abc" in "", "ac" in "abc", "A" in "abc", "é" in "café")
print(hash("a") == hash("a"), {"k": 1}["k"], "k" in {"k": 1}, "k" in {"K": 1})
print("a\u0000b" > "a", "a\u0000" < "a\u0001", len("a\u0000b"))
