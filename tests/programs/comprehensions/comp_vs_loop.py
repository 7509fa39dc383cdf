# Comprehensions produce the same results as explicit loops
data = [5, 3, 8, 1, 9, 2, 7]
loop = []
for x in data:
    if x > 3:
        loop.append(x * 10)
comp = [x * 10 for x in data if x > 3]
print(loop == comp, comp)
pairs_loop = []
for a in range(3):
    for b in range(a):
        pairs_loop.append((a, b))
print(pairs_loop == [(a, b) for a in range(3) for b in range(a)])
d_loop = {}
for i, w in enumerate(["x", "y", "z"]):
    d_loop[w] = i
print(d_loop == {w: i for i, w in enumerate(["x", "y", "z"])}, d_loop)
s_loop = set()
for c in "banana":
    s_loop.add(c)
print(s_loop == {c for c in "banana"}, sorted(s_loop))
print(list(map(str, data)) == [str(x) for x in data])
print(list(filter(lambda v: v % 2, data)) == [v for v in data if v % 2])
acc = []
total = 0
for x in data:
    total += x
    acc.append(total)
print(acc)
running = []
t = 0
print([t := t + x for x in data] == acc)
print(max(data), max(x for x in data), sorted(data)[-1])
strings = ["10", "x", "20", "3.5", "-4"]
def to_int(s):
    try:
        return int(s)
    except ValueError:
        return None
print([n for n in (to_int(s) for s in strings) if n is not None])
print(sum(1 for s in strings if s.lstrip("-").isdigit()))
nested = [[1, 2], [3], [], [4, 5, 6]]
flat = []
for sub in nested:
    for v in sub:
        flat.append(v)
print(flat == [v for sub in nested for v in sub], flat)
print([len(s) for s in nested], [s for s in nested if s])
