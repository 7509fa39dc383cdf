# Edge cases: empty inputs, unpacking targets, starred, tuples requiring parens
print([x for x in ""], {x for x in []}, {k: v for k, v in {}.items()})
print([(a, b) for a, b in [(1, 2), (3, 4)]])
print([first for first, *rest in ["abc", "de", "f"]])
print([rest for first, *rest in ["abc", "de", "f"]])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([(i, v) for i, v in enumerate("xy")])
print([x for x, in [(1,), (2,)]])
print([*[1, 2], *(x for x in [3])])
print([[*row, 0] for row in [[1], [2, 3]]])
try:
    exec("[x, y for x in range(2)]")
except SyntaxError:
    print("SyntaxError: tuple element needs parentheses")
print([(x, y) for x in range(2) for y in "ab"])
print([x for x in range(3) if True if x])
print([x for x in (lambda: range(3))()])
print([x for x in [None, 0, "", [], "ok", 1] if x])
print(list(range(3)) == [x for x in range(3)])
print([x for x in range(5)][1:-1])
d = {"a": [1, 2], "b": [3]}
print([(k, v) for k, vs in d.items() for v in vs])
print([i for i in range(3) for _ in range(2)])
print(len([0 for _ in range(1000)]), sum(1 for _ in range(1000)))
print([c * n for c, n in zip("abc", range(1, 4))])
g = [x for x in iter([1, 2, 3])]
print(g)
try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print([x for x in {3: "a", 1: "b"}], [x for x in {"b": 1, "a": 2}.values()])
print([type(x).__name__ for x in (1, "s", None, [], ())])
