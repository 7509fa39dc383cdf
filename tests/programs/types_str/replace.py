# str.replace with counts, empty strings, and overlapping patterns
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("one", "1", -1), s.replace("three", "3"), s.replace(" ", ""), s.replace("o", "0", 100))
print("aaa".replace("a", "b"), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "abab".replace("ab", "ba"))
print(repr("abc".replace("", "-")), repr("abc".replace("", "-", 2)), repr("".replace("", "x")), repr("".replace("a", "b")))
print("abc".replace("abc", ""), "hello".replace("l", "L"), "hello".replace("ll", ""), "banana".replace("ana", "ANA"))
print("a.b.c".replace(".", "/"), "tab\there".replace("\t", "    "), "line\nbreak".replace("\n", "\\n"))
print("é café".replace("é", "e"), "😀😀".replace("😀", ":)"), "ABC".replace("b", "x"))
print("x".replace("x", "xx").replace("x", "xx"), "mississippi".replace("ss", "SS", 1), "mississippi".replace("i", ""))
print(s.replace("two", "2", count=1))
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "abc".replace(1, "x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "abc".replace("a", "b", "1")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(b"a-b-c".replace(b"-", b"+"), bytearray(b"aaa").replace(b"a", b"bb", 2), b"abc".replace(b"", b"."))
template = "Hello, {name}! You owe {amount}."
print(template.replace("{name}", "Ann").replace("{amount}", "$5"))
big = "ab" * 1000
print(len(big.replace("ab", "abc")), big.replace("ab", "", 999), big.count("b"))
