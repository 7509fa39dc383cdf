# map(): single and multiple iterables, laziness, strict
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, [1], [2], [3])))
print(list(map(lambda x, y: (x, y), "abc", [1, 2])))
print(list(map(int, "123")), list(map(str.upper, ["a", "b"])), list(map(abs, (-1, 2, -3))))
m = map(lambda x: x * 10, range(3))
print(type(m).__name__, iter(m) is m, next(m), list(m), list(m))
def noisy(x):
    print("  mapping", x)
    return x
lazy = map(noisy, [1, 2])
print("created")
print(next(lazy))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    map(len, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
print(list(map(None.__class__, [])) if False else "skip")
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
print(sum(map(int, "12345")), max(map(len, "a bb ccc".split())))
print(list(map(lambda *args: args, [1, 2], [3, 4], [5, 6])))
print(list(map(tuple, ["ab", "cd"])), list(map(sorted, ["cb", "ba"])))
print(list(map(lambda x, y: x * y, range(5), range(100, 103))))
