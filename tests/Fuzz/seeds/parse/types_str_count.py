# str.count: non-overlapping counts, bounds, empty substring
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("z"), s.count("banana"), s.count(" "))
print(s.count("a", 5), s.count("a", 0, 6), s.count("a", -4), s.count("a", 100), s.count("a", 3, 2))
print("aaaa".count("aa"), "aaaaa".count("aa"), "abababa".count("aba"), "".count("a"))
print("abc".count(""), "".count(""), "abc".count("", 1), "abc".count("", 2, 3), "abc".count("", 5))
print("é😀é😀".count("😀"), "ÀÀà".count("à"), "Mississippi".lower().count("ss"))
text = "the cat and the hat and the bat"
words = text.split()
print({w: words.count(w) for w in sorted(set(words))})
print(sum(text.count(v) for v in "aeiou"), [text.count(c) for c in "the"])
try:
    s.count()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s.count(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(b"abcabc".count(b"bc"), b"aaa".count(b"a", 1), bytearray(b"xx").count(b"x"), b"abc".count(98))
print(("x" * 10000).count("xx"), ("xy" * 5000).count("yx"))
print("line1\nline2\nline3".count("\n") + 1, "\n\n".count("\n"))
print("ABCabc".count("a"), "ABCabc".upper().count("A"), "ababab".count("ab", 1), "ababab".count("ab", 1, -1))
