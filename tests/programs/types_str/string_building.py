# Building strings: concatenation patterns, join, list accumulation, repetition
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for ch in "abcde":
    s = ch + s
print(s)
acc = ""
for i in range(3):
    acc += f"[{i}]"
print(acc)
lines = [f"{n:>3} | {'*' * n}" for n in range(1, 6)]
print("\n".join(lines))
table = {"alpha": 1, "beta": 22, "gamma": 333}
width = max(len(k) for k in table)
for k, v in table.items():
    print(f"{k:<{width}} : {v:>5}")
print("-" * 20)
csv_rows = [["name", "qty"], ["apple", "3"], ["pear", "10"]]
print("\n".join(",".join(row) for row in csv_rows))
def indent(text, n):
    pad = " " * n
    return "\n".join(pad + line if line else line for line in text.split("\n"))
print(indent("a\n\nb\n  c", 2))
def wrap(text, width):
    words, line, out = text.split(), "", []
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out
for line in wrap("the quick brown fox jumps over the lazy dog and keeps running far away", 16):
    print(f"|{line:<16}|")
print("".join(chr(ord("a") + i) for i in range(26)))
print(" ".join(format(b, "08b") for b in "Hi".encode()))
box = ["+" + "-" * 7 + "+", "|" + "hello".center(7) + "|", "+" + "-" * 7 + "+"]
print("\n".join(box))
print(str(123) + str(4.5) + str(None) + str([1]), repr("x") + repr(1))
