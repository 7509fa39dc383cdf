# startswith/endswith with tuples and bounds
s = "hello_world.py"
print(s.startswith("hello"), s.startswith("world"), s.endswith(".py"), s.endswith(".txt"))
print(s.startswith(("a", "b", "he")), s.endswith((".txt", ".py")), s.startswith(()), s.endswith(("",)))
print(s.startswith("world", 6), s.startswith("world", 6, 10), s.startswith("world", 6, 11), s.endswith("world", 0, 11))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".endswith("a"), s.startswith("", 100), s.startswith("", 14))
print(s.startswith("o", -4), s.endswith("py", -2), s.endswith("hello", None, 5), s.startswith("h", None))
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.md"]
print([f for f in files if f.endswith((".py", ".md"))], [f for f in files if f.lower().endswith(".py")])
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s.startswith()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(b"bytes".startswith(b"by"), b"bytes".endswith((b"x", b"es")), bytearray(b"ab").startswith(b"a"))
try:
    b"bytes".startswith("by")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print("é😀".startswith("é"), "é😀".endswith("😀"), "Straße".startswith("STR"), "Straße".upper().startswith("STR"))
urls = ["http://a", "https://b", "ftp://c"]
print([u for u in urls if u.startswith(("http://", "https://"))])
print("abc".startswith("abcd"), "abc".endswith("zabc"), "abc".startswith("bc", 1), "abc".endswith("ab", 0, 2))
