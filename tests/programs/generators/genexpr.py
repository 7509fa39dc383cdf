# Generator expressions: laziness, single pass, scoping, as function arguments
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(10) if x % 3 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
print(sorted((c for c in "hello"), reverse=True))
log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
g2 = (v * 10 for v in src())
print("created:", log)
print(next(g2), log)
print(list(g2), log)
try:
    (1 / x for x in [0])
    print("no error until iteration")
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    (x for x in 5)
except TypeError as e:
    print("iterable evaluated eagerly:", e)
n = 2
g3 = (x * n for x in range(3))
n = 100
print(list(g3))
it = iter(range(6))
pairs = list(zip(it, it))
print(pairs)
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
data = [3, 1, 2]
g4 = (x for x in data)
data.append(99)
print(list(g4))
nested = ((i, j) for i in range(2) for j in (k * 2 for k in range(2)))
print(list(nested))
print("".join(str(d) for d in range(5)), dict((k, len(k)) for k in ["ab", "c"]))
print(list(x for x in (y + 1 for y in range(3))))
g5 = (i for i in range(3))
print(g5.__name__, g5.__qualname__)
