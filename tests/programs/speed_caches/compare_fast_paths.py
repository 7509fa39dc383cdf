# Comparisons of two exact ints, floats, strs or tuples take a shortcut past the dunder call;
# every answer must equal CPython's, including NaN, big ints, astral characters and subclasses.
import itertools

OPS = [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), ("==", lambda a, b: a == b),
       ("!=", lambda a, b: a != b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]


def table(values):
    rows = []
    for a, b in itertools.product(values, repeat=2):
        rows.append("".join("1" if f(a, b) else "0" for _, f in OPS))
    return " ".join(rows)


nan = float("nan")
print("ints", table([-(2 ** 70), -5, 0, 1, 2 ** 62, 2 ** 63, 2 ** 64 + 1]))
print("floats", table([float("-inf"), -1.5, -0.0, 0.0, 2.5, float("inf"), nan]))
print("strs", table(["", "a", "ab", "b", "\uffff", "\U00010000", "\U0001f600", "é"]))
print("tuples", table([(), (1,), (1, 2), (1, 2.5), (2,), (nan,), (1, 2, 3)]))
t = (nan,)
print("same nan tuple", t == t, [nan] == [nan], (nan,) == (nan,), nan == nan)
print("bool vs int", True == 1, False < 1, True > 0.5, 1 == 1.0)

words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words))
print(sorted(((len(w), w) for w in words), reverse=True))
print(sorted([(-c, w) for w, c in {"a": 3, "b": 1, "c": 3, "d": 2}.items()]))
print(sorted([3.5, -1.0, 2, 10 ** 20, -(10 ** 20), 0.0]))


class RevInt(int):
    def __lt__(self, other):
        return int(self) > int(other)


print("int subclass", RevInt(1) < RevInt(2), RevInt(1) < 2, 2 > RevInt(1), sorted([RevInt(1), RevInt(3), RevInt(2)]))


class NoisyStr(str):
    def __eq__(self, other):
        return "eq called"

    __hash__ = str.__hash__


print("str subclass", NoisyStr("a") == "a", "a" == NoisyStr("a"), NoisyStr("a") < "b")
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("mixed tuple:", e)
try:
    "a" < 1
except TypeError as e:
    print("str vs int:", e)
deep = ()
for _ in range(50):
    deep = (deep,)
print("nested", deep == deep, deep < (deep,))
