# Assignment expressions (walrus)
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print(f"long list ({n} elements)")
print(n)
chunks = iter(["ab", "cd", ""])
while (chunk := next(chunks)):
    print("chunk", chunk)
print([y for x in data if (y := x * 2) > 10])
print(y)
print([(x, last := x) for x in range(3)], last)
def f():
    [k := i for i in range(4)]
    return k
print(f())
print((a := 10) + a)
print(a)
vals = [v for v in (1, 2, 3)]
total = 0
print([total := total + v for v in vals], total)
def g(x):
    return (x := x + 1) * x
print(g(3))
print(any((hit := v) > 2 for v in [1, 2, 3, 4]), hit)
z = (w := 5, 6)
print(z, w)
print(f"{(q := 7)} {q}")
for src in ["x := 5", "(x) := 5", "[i := 0 for i in range(2)]", "def h(): [y := 1 for y in range(2)]"]:
    try:
        compile(src, "<w>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError")
try:
    compile("class C:\n    [j := 1 for _ in range(1)]", "<w>", "exec")
except SyntaxError as e:
    print("class-body: SyntaxError")
