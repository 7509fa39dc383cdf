# enumerate(): start values, laziness, iterator protocol
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20)))
e = enumerate("xy")
print(type(e).__name__, iter(e) is e, next(e), next(e), next(e, "done"))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("hi")), {v: i for i, v in enumerate("hi")})
def gen():
    print("  gen yields")
    yield "g"
en = enumerate(gen())
print("enumerate created")
print(list(en))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    enumerate("a", "1")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    enumerate("a", 1.5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(list(enumerate("ab", True)))
class I:
    def __index__(self):
        return 5
print(list(enumerate("a", I())))
it = iter("abcd")
en2 = enumerate(it)
next(en2)
print(next(it), list(en2))
print([i for i, c in enumerate("banana") if c == "a"])
print(list(reversed(list(enumerate("xyz")))))
