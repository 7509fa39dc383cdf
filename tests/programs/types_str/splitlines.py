# splitlines with every line boundary and keepends
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028line11\u2029line12"
print(text.splitlines())
print(len(text.splitlines()), len(text.splitlines(True)))
print("a\nb\n".splitlines(), "a\nb\n".splitlines(keepends=True), "a\nb\n".split("\n"))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "\r\n".splitlines(True), "\n\r".splitlines(True))
print("no newline".splitlines(), "trailing\r".splitlines(True), "a\r\r\nb".splitlines())
print(b"a\nb\r\nc\rd".splitlines(), b"a\x0bb\x85c".splitlines(), b"x\n".splitlines(True))
print(repr("one\ntwo".splitlines()[1]), [len(l) for l in "ab\ncde\n\nf".splitlines()])
poem = """Roses are red,
  Violets are blue,

Sugar is sweet."""
for i, line in enumerate(poem.splitlines(), 1):
    print(f"{i:2}: {line!r}")
print([l for l in poem.splitlines() if l.strip()], poem.count("\n"))
try:
    "x".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print("x\ny".splitlines(0), "x\ny".splitlines(1), "x\ny".splitlines(keepends=0))
