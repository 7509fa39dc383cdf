# filter(): with functions, None, laziness
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3ll0 w0rld")))
print(list(filter(bool, [0.0, 0.1])), tuple(filter(None, (0, 2))))
f = filter(None, [1, 0, 2])
print(type(f).__name__, iter(f) is f, next(f), next(f), next(f, "end"))
def noisy(x):
    print("  checking", x)
    return x > 1
lazy = filter(noisy, [1, 2, 3])
print("created")
print(next(lazy))
print(list(lazy))
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(list(filter(lambda kv: kv[1] > 1, {"a": 1, "b": 2, "c": 3}.items())))
print(list(filter(None, filter(lambda x: x, [0, 1, 2]))))
print(sorted(filter(lambda w: len(w) > 3, "the quick brown fox jumps".split())))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
    def __repr__(self):
        return f"T({self.v})"
print(list(filter(None, [Truthy(True), Truthy(False)])))
