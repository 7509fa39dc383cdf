# Comparisons, hashing, and containers with bytes/bytearray
print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") == b"a", b"abc" == "abc", b"" == b"")
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", b"Z" < b"a", bytearray(b"b") > b"a")
print(sorted([b"beta", b"Alpha", b"alpha", b"", b"\x00"]), max(b"hello"), min([b"b", b"ab"]))
try:
    b"a" < "b"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    b"a" < 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"k" in {b"k"}, bytearray(b"k") in {b"k": 1}.keys() if False else "skip")
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
d = {b"one": 1, b"two": 2}
print(d[b"one"], b"two" in d, "two" in d, sorted(d))
s = {b"a", b"a", bytes(b"a"), b"b"}
print(len(s), sorted(s))
print(b"abc".__eq__("abc"), b"abc".__lt__(b"abd"), bytes.__eq__(b"x", bytearray(b"x")))
print([b"x"] * 2, (b"a", b"b") < (b"a", b"c"), b"%d" % 5 == b"5")
print(b"abc" != bytearray(b"abd"), bytearray(b"abc") != bytearray(b"abc"), memoryview(b"ab") == b"ab")
