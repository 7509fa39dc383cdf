# max() and min(): iterables, multiple args, key, default, ties and errors
print(max(3, 1, 2), min(3, 1, 2), max([5, 9, 2]), min("hello"), max("abc", "abd"))
print(max([1, 2], [1, 3]), min((2, "b"), (2, "a")), max(range(10)), min({5: "x", 3: "y"}))
words = ["apple", "fig", "banana", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(max([], default="empty"), min((), default=None), max([7], default=0))
print(max([1, 2, 3], key=lambda x: -x), min(["b", "A", "c"], key=str.lower))
pairs = [("a", 2), ("b", 2), ("c", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]))
print(max(1, 2.5, True), min(-1, -1.5), max(float("-inf"), -10 ** 300))
print(max(x * x for x in range(-5, 3)), min(len(w) for w in words))
for args, kwargs in [(([],), {}), ((), {}), ((1,), {}), (([1, "a"],), {}), ((1, 2), {"default": 0})]:
    try:
        max(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    min([], key=len)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    max([1], foo=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([1, 2, nan]))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"V({self.v})"
print(max(V(1), V(3), V(2)), min([V(5), V(4)]))
print(max("Zebra", "apple"), max("Zebra", "apple", key=str.lower), max(b"az"))
