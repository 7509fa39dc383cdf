# Tuples as dictionary keys and set members: hashing of nested tuples
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid, len(grid))
neighbors = [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)) for r, c in [(1, 1)]]
print([grid[n] for n in neighbors if n in grid])
visited = {(0, 0), (0, 1)}
visited.add((0, 0))
visited.add((1, 0))
print(sorted(visited), (0, 1) in visited)
nested_key = ((1, 2), ("a", ("b",)))
d = {nested_key: "deep"}
print(d[((1, 2), ("a", ("b",)))])
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()))
print(hash((1, 2)) != hash((2, 1)), (1, 2) == (1.0, 2.0), hash((1, 2)) == hash((1.0, 2.0)))
d2 = {(1, 2): "int"}
d2[(1.0, 2.0)] = "float"
print(d2)
try:
    {([1], 2): "x"}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {(1, {2}): "x"}
except TypeError as e:
    print(type(e).__name__ + ":", e)
counts = {}
for pair in [("a", 1), ("b", 2), ("a", 1), ("a", 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
edges = {(min(a, b), max(a, b)) for a, b in [(1, 2), (2, 1), (3, 1), (1, 3), (2, 3)]}
print(sorted(edges))
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[(r, c)]
    res = 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
    memo[(r, c)] = res
    return res
print(paths(8, 8), len(memo))
print(sorted({(2, "b"), (1, "z"), (2, "a")}), max({(1, 2), (1, 3)}))
