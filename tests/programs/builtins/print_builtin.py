# print(): sep, end, file, flush, and str() of arguments
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*range(5))
print(*[], sep="X")
print("x", sep=None, end=None)
print("multi\nline", "args")
print("", "", sep="empty-sep-between")
print(end="only end\n")
print("tab", "sep", sep="\t")
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),))
for kwargs in [{"sep": 5}, {"end": 5}, {"file": "notafile"}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collect()
print("hello", "world", file=c, sep="_", end="!", flush=True)
print(c.parts)
print(file=c)
print(c.parts[-1] == "\n")
print(print("inner"))
print("%s and %d" % ("percent", 5), "{} and {}".format("format", 6))
print(b"bytes", bytearray(b"ba"), 1e100, 1e-7, -0.0, 10 ** 25)
