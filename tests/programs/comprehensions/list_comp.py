# List comprehensions: basic forms, conditions, expressions
print([x for x in range(5)])
print([x * x for x in range(10) if x % 2 == 0])
print([c.upper() for c in "hello" if c != "l"])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([(x, x ** 2) for x in range(4)])
print([len(w) for w in "the quick brown fox".split()])
print([x for x in range(20) if x % 2 if x % 3])
print([i for i in []], [None for _ in range(3)])
print([str(x) for x in (1.5, None, True, [1])])
words = ["apple", "Banana", "cherry", "date"]
print([w for w in words if w[0].isupper() or len(w) == 4])
print([w[::-1] for w in words])
print([sum(range(n)) for n in range(6)])
print([f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()])
print([(i, c) for i, c in enumerate("abc", 1)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([x for x in "a1b2c3" if x.isdigit()])
print([[0] * 3 for _ in range(2)])
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
shared = [[0] * 3] * 2
shared[0][0] = 1
print(shared)
print([*range(3), *[x * 10 for x in range(3)]])
print([y for x in [[1, 2], [3]] for y in x])
print([lambda_result for lambda_result in map(lambda v: v + 1, range(3))])
print([x for x in range(10)][::3], [x for x in range(10)][-1])
print([ord(c) - ord("a") for c in "python"])
print([x for x in [3, 1, 2] if x != 1] == [3, 2])
