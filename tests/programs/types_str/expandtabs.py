# expandtabs with different tab sizes and columns
s = "a\tbc\tdef\tghij\tk"
for size in (8, 4, 2, 1, 0):
    print(size, repr(s.expandtabs(size)))
print(repr(s.expandtabs()), repr("\t".expandtabs()), repr("\t\t".expandtabs(3)), repr("".expandtabs()))
print(repr("12345678\t9".expandtabs()), repr("1234567\t89".expandtabs()), repr("x\n\ty".expandtabs(4)), repr("x\r\ty".expandtabs(4)))
print(repr("a\tb".expandtabs(-1)), repr("ab\tc".expandtabs(tabsize=3)))
print(repr(b"a\tb".expandtabs(4)), repr(bytearray(b"\tx").expandtabs(2)))
try:
    "a\tb".expandtabs("4")
except TypeError as e:
    print(type(e).__name__ + ":", e)
table = "Name\tAge\tCity\nAlice\t30\tParis\nBob\t4\tNew York"
print(table.expandtabs(10))
print(table.expandtabs(6))
print(len("\t" * 3), len(("\t" * 3).expandtabs()), len(("é\t").expandtabs(4)), repr("😀\tx".expandtabs(4)))
