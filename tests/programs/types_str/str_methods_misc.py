# Remaining str methods and str-as-type behaviours
print(str.__name__, type("").__name__, isinstance("", str), issubclass(str, object), str.__mro__)
print(sorted(m for m in dir(str) if not m.startswith("_")))
print("abc".isidentifier(), "abc".__len__(), "abc".__hash__() == hash("abc"), "abc".__str__() is not None)
print("Hello".__contains__("ell"), "a".__lt__("b"), "ab".__getitem__(slice(None, None, -1)))
print(str("abc") == "abc", str() == "", "abc".__class__("xyz"), "".join([]) == "")
s = "Mississippi"
print(s.index("ss"), s.rindex("ss"), s.count("s"), s.replace("ss", "SS", 1), s.partition("ss"), s.rpartition("ss"))
print(s.split("ss"), s.upper().lower() == s.lower(), s.swapcase(), s.zfill(15), s.center(15, "."))
print("{}|{}".format(s.ljust(13, "~"), s.rjust(13, "~")), s.startswith("Miss"), s.endswith("pi"))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x,y;z".replace(";", ",").split(","))
print(" ".isspace(), "".isspace(), "abc".isalpha(), "ab1".isalpha(), "١٢".isdecimal(), "Ⅳ".isnumeric())
print("title Case string".istitle(), "Title Case String".istitle(), "UPPER".isupper(), "lower".islower())
print("%s" % "percent", "x".join("abc"), "abc".encode("utf-8").decode("utf-8"))
print(str.join("-", ["a", "b"]), str.upper("q"), str.split("a b"), str.strip("  s  "))
print(str.__doc__.splitlines()[0])
cached = ["a" + "b" for _ in range(3)]
print(all(c == "ab" for c in cached), len(set(cached)))
print(max(["apple", "Banana", "cherry"], key=str.lower), min("zebra", "Zebra", "ZEBRA"))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "".join(["a", 1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
