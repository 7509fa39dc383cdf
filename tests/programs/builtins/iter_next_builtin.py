# iter() (one and two argument forms) and next() with defaults
it = iter([1, 2, 3])
print(type(it).__name__, next(it), next(it), next(it), next(it, "default"), next(it, None))
print(type(iter("ab")).__name__, type(iter((1,))).__name__, type(iter({1: 2})).__name__, type(iter(range(2))).__name__)
print(type(iter({1})).__name__, type(iter({}.items())).__name__, type(iter(b"x")).__name__)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
i2 = iter([1])
print(iter(i2) is i2)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
s = iter(Seq())
print(type(s).__name__, list(s))
class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))
sentinel_it = iter(tick, 100)
print(next(sentinel_it), type(sentinel_it).__name__)
it3 = iter([10, 20])
for x in it3:
    print("loop", x, next(it3, "exhausted"))
print(next(iter(range(5, 10))), next(reversed([1, 2])), next(enumerate("z")))
d = {"k": 1}
it4 = iter(d)
d["new"] = 2
try:
    next(it4)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
