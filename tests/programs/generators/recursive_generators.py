# Recursive generators: permutations, combinations, tree walks, partitions
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(5)))))
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
print(list(combinations([1, 2, 3, 4], 2)))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield [p] + rest
print(list(partitions(5)))
def walk(d, path=()):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk(v, path + (k,))
        else:
            yield "/".join(path + (k,)), v
config = {"db": {"host": "x", "port": 5432}, "debug": True, "cache": {"redis": {"ttl": 60}}}
for key, value in walk(config):
    print(key, "=", value)
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
moves = list(hanoi(3))
print(len(moves), moves)
def binary_strings(n):
    if n == 0:
        yield ""
    else:
        for s in binary_strings(n - 1):
            yield s + "0"
            yield s + "1"
print(list(binary_strings(3)))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(sum(deep(200)))
