# str.split and str.rsplit with and without separators and maxsplit
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "a,b,,c,".split(",", 0), "a,b,c".split(",", -1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "::".split("::"), "".split(","), "".split())
print("   ".split(), "   ".split(" "), "x".split("x"), "xx".split("x"), "abc".split("abc"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "1 2 3".split(sep=" ", maxsplit=5))
print("a\x0bb\x0cc\x1cd\x1de\x1ff\x85g\u2028h\u3000i".split())
print("line1\r\nline2\rline3\n".split("\n"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "abc".rsplit("", 1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "no-sep".split("="), "no-sep".rsplit("=", 1))
csv = "name, age , city"
print([f.strip() for f in csv.split(",")])
print("a b c".split(" ", -5), "aXbXc".split("X", 10))
path = "/usr/local/lib/python3.13/site.py"
print(path.split("/"), path.rsplit("/", 1)[-1], path.rsplit(".", 1))
print("ABCabcABC".split("abc"), "aaaa".split("aa"), "aaa".split("aa"), "aaa".rsplit("aa"))
print(len(("x " * 1000).split()), len(("x " * 1000).split(" ")))
