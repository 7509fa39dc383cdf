# sorted(): keys, reverse, stability, mixed types, errors
print(sorted([3, 1, 2]), sorted("banana"), sorted((2, 1)), sorted({3: "a", 1: "b"}), sorted({5, 2, 8}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower))
words = ["kiwi", "fig", "apple", "date", "banana", "pear"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w[-1]))
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
by_name = sorted(recs)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted([1.5, 1, True, 0.5, False]), sorted([-0.0, 0.0, 0]), sorted([[2], [1, 5], [1]]))
print(sorted([]), sorted(""), sorted(x for x in [3, 1]), sorted(range(5, 0, -1)))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sorted([1, 2], key=lambda x: "a" if x == 1 else 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sorted([1], reverse=None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sorted([2, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted([complex(1, 1)]), sorted([None]))
print(sorted("Hello World".split(), key=str.casefold), sorted(map(abs, [-3, 2, -1])))
nan = float("nan")
print(sorted([3, 1, 2], key=lambda x: -x), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]))
data = [5, 2, 8, 2, 9, 1, 5, 5]
print(sorted(data, key=lambda x: x % 3), sorted(data, key=lambda x: x % 3, reverse=True))
