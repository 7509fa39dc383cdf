# Building lists in different ways and their results
print(list(), [], list(range(5)), [0] * 4, list("abc"), list((1, 2)), list({3: 0, 1: 0}), sorted({3, 1, 2}))
print([i * i for i in range(5)], list(map(str, range(3))), list(filter(None, [0, 1, 2, 0])))
print([*range(3), *"ab"], list(zip("ab", [1, 2])), list(enumerate("xy", 1)), list(reversed(range(4))))
out = []
for i in range(3):
    out.append([i] * i)
print(out)
print([[i, j] for i in range(2) for j in range(2)], [[0] * 2 for _ in range(2)])
print(list(iter([1, 2])), list(x for x in "hi"), list(b"AB"), list(bytearray(2)), list(memoryview(b"\x05")))
print(list({"a": 1}.items()), list({"a": 1}.values()), list(range(10, 0, -3)))
nested = list(map(list, ["ab", "cd"]))
print(nested, list(map(list, zip(*nested))))
print(list(range(0)), list(""), list(()), list({}), list(set()))
fib = [0, 1]
while len(fib) < 12:
    fib.append(fib[-1] + fib[-2])
print(fib)
squares = list(map(lambda x: x ** 2, range(1, 6)))
cubes = [x ** 3 for x in range(1, 6)]
print(squares, cubes, [a + b for a, b in zip(squares, cubes)])
big = list(range(100000))
print(len(big), big[-1], sum(big), big[50000], big[::25000])
flat = [x for row in [[1, 2], [3], [], [4, 5]] for x in row]
print(flat, list(sum([[1], [2, 3]], [])))
print(list("a,b".split(",")), list(str(12345)), [int(c) for c in str(2 ** 20)])
