# partition and rpartition
print("key=value".partition("="), "key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="), "=start".partition("="), "end=".rpartition("="))
print("".partition("x"), "aaa".partition("a"), "aaa".rpartition("a"), "a::b::c".partition("::"))
print("http://host:8080/path".partition("://"), "http://host:8080/path".partition("://")[2].partition("/"))
print("file.tar.gz".rpartition("."), "file.tar.gz".partition("."), ".hidden".rpartition("."))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail, bool(sep))
head, sep, tail = "no-at-sign".partition("@")
print(repr(head), repr(sep), repr(tail), bool(sep))
print(b"a=b".partition(b"="), bytearray(b"x:y:z").rpartition(b":"), type(b"a=b".partition(b"=")[0]).__name__)
def parse_header(line):
    name, _, value = line.partition(":")
    return name.strip().lower(), value.strip()
for line in ["Content-Type: text/html", "X-Empty:", "Malformed", "Time: 12:30:45"]:
    print(parse_header(line))
print("é😀é".partition("😀"), "αβγβα".rpartition("β"))
