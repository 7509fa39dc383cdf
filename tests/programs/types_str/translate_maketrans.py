# str.maketrans and str.translate
table = str.maketrans("abc", "xyz")
print(table, "aabbcc-abc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")), "hello".translate(str.maketrans("el", "ip", "o")))
print("abc".translate({97: "A", 98: None, 99: "CC"}), "abc".translate({ord("a"): 1000}), "abc".translate({}))
print(str.maketrans({"a": "1", "b": None, 99: "3"}), "abcd".translate(str.maketrans({"a": "1", "b": None, 99: "3"})))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
print("café".translate(str.maketrans("é", "e")), "😀x".translate({0x1F600: ":)"}))
class Table:
    def __getitem__(self, k):
        if chr(k).isdigit():
            return "#"
        raise LookupError
print("a1b22c".translate(Table()))
for bad in [("ab", "c"), ("a",), (1,), ({"ab": 1},)]:
    try:
        str.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "abc".translate({97: 5.5})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "abc".translate({97: 0x110000})
except ValueError as e:
    print(type(e).__name__ + ":", e)
btable = bytes.maketrans(b"abc", b"ABC")
print(len(btable), b"aabbcc".translate(btable), b"hello".translate(None, b"l"), bytearray(b"abc").translate(btable, b"b"))
punct = str.maketrans("", "", ",.!?;:")
print("Hello, world! How are you?".translate(punct).lower().split())
vowels = str.maketrans("aeiou", "*****")
print("programming language".translate(vowels))
