# zip(): shortest truncation, strict=True, unzipping, laziness
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), range(20, 23))), dict(zip("ab", [1, 2])))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
z = zip("ab", "cd")
print(type(z).__name__, iter(z) is z, next(z), list(z), list(z))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([], [1])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
consumed = []
def gen(name, n):
    for i in range(n):
        consumed.append(f"{name}{i}")
        yield i
print(list(zip(gen("a", 3), gen("b", 2))), consumed)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    zip([1], 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
it = iter(range(6))
print(list(zip(it, it, it)))
print(list(zip("abc", range(100))), list(zip(*[])))
strict_ok = zip("ab", "xy", strict=True)
print(list(strict_ok))
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])], sum(a * b for a, b in zip(range(4), range(4))))
