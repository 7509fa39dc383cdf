# Evaluation order inside comprehensions: outermost iterable is evaluated first and once
log = []
def it(name, n):
    log.append(f"iter {name}")
    return range(n)
def cond(v):
    log.append(f"cond {v}")
    return v % 2 == 0
def expr(v):
    log.append(f"expr {v}")
    return v
res = [expr(x) for x in it("outer", 4) if cond(x)]
print(res)
print(log)
log.clear()
res = [(a, b) for a in it("A", 2) for b in it("B", 2)]
print(res)
print(log)
log.clear()
g = (expr(x) for x in it("gen", 2))
print("genexpr created:", log)
list(g)
print(log)
log.clear()
d = {expr(k): expr(k * 10) for k in it("dict", 2)}
print(d, log)
log.clear()
data = [1, 2, 3]
r = [data.append(x) or x for x in data[:]]
print(r, data)
n = 3
res = [n for n in range(n)]
print(res, n)
def make():
    x = [1, 2]
    return [x for x in x]
print(make())
counter = iter(range(100))
print([next(counter) for _ in range(3)], next(counter))
log.clear()
s = {expr(x) % 2 for x in it("set", 4)}
print(sorted(s), log)
