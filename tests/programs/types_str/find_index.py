# find, rfind, index, rindex with start/end bounds
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("o"), s.rfind("o"), s.find("xyz"), s.rfind("xyz"))
print(s.find("hello", 1), s.find("hello", 1, 15), s.find("hello", 13, 18), s.find("hello", 13, 19), s.find("o", -5))
print(s.find(""), s.rfind(""), s.find("", 5), s.find("", 100), s.rfind("", 5, 10), len(s))
print(s.index("world"), s.rindex("l"), s.index("l", 5), s.rindex("l", 0, 5), s.index("h", -6))
for args in [("xyz",), ("hello", 20), ("o", 0, 4)]:
    try:
        s.index(*args)
    except ValueError as e:
        print(args, type(e).__name__ + ":", e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__ + ":", e)
print("aaa".find("aa"), "aaa".rfind("aa"), "abc".find("c", -1), "abc".find("a", -100, 100), "abc".find("b", 2, 1))
print("é😀é".find("😀"), "é😀é".rfind("é"), "ab".find("b", None, None), "ab".find("a", None, 1))
try:
    s.find(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s.find("a", "1")
except TypeError as e:
    print(type(e).__name__ + ":", e)
positions = []
i = s.find("l")
while i != -1:
    positions.append(i)
    i = s.find("l", i + 1)
print(positions)
print(b"bytes here".find(b"here"), b"abcabc".rfind(b"c"), b"abc".find(99), bytearray(b"xyz").index(b"z"))
print("Hello".find("h"), "Hello".lower().find("h"), "a\nb".find("\n"), "tab\t".rfind("\t"))
print(s.find("hello", 0, 5), s.find("hello", 0, 4), s[s.find(",") + 2:])
