# str.join with various iterables and error cases
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("1", "2")), "|".join("abc"))
print(",".join([]), ",".join(["only"]), "sep".join(["", ""]), repr("".join([])))
print("".join(str(i) for i in range(10)), "+".join(map(str, [1, 2, 3])), "\n".join(["l1", "l2"]))
print(", ".join(sorted({"b", "a", "c"})), "/".join({"k1": 1, "k2": 2}), "".join(reversed("hello")))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    ",".join(["a", b"b"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
class S(str):
    pass
print(type("".join([S("a"), S("b")])).__name__, "-".join([S("x")]), type("".join([S("solo")])).__name__)
print(b",".join([b"a", b"b"]), b"".join([bytearray(b"x"), b"y"]), bytearray(b"-").join([b"1", b"2"]))
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts))
words = "The quick brown fox".split()
print(" ".join(w[::-1] for w in words), " ".join(words[::-1]), "_".join(w.lower() for w in words))
print("é".join(["ü", "ö"]), "😀".join("ab"), len("😀".join("ab")))
matrix = [[1, 2, 3], [4, 5, 6]]
print("\n".join(" ".join(f"{v:2}" for v in row) for row in matrix))
print("".join(["a"] * 5), ",".join(["a"] * 3), "".join(c.upper() if i % 2 else c for i, c in enumerate("abcdef")))
