# String operators: +, *, in, iteration, augmented assignment, immutability
a, b = "foo", "bar"
print(a + b, a * 3, 3 * a, a * 0, repr(a * -2), (a + b) * 2, a + "" == a)
print("o" in a, "oo" in a, "x" not in a, "" in a, "foo" in "foobar", "bar" in ["foobar"])
print([c for c in b], list(reversed(b)), "".join(sorted(b)), tuple(a), set(a) == {"f", "o"})
s = "x"
ident = s
s += "y"
print(s, ident, s is not ident)
s *= 3
print(s)
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 2.0, lambda: "a" - "b", lambda: -"a"]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    del "abc"[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(len("abc" * 1000), ("ab" * 3).count("ab"), "-" * 20)
print("a" "b" "c", ("x"
      "y"), "%s" % "z" + "!")
class Multi:
    def __rmul__(self, other):
        return f"rmul with {other!r}"
    def __radd__(self, other):
        return f"radd with {other!r}"
print("ab" * Multi(), "ab" + Multi())
class Idx:
    def __index__(self):
        return 2
print("ab" * Idx(), Idx() * "cd")
print("abc".__add__("d"), "ab".__mul__(2), "ab".__rmul__(2), "abc".__contains__("b"), "abc".__len__(), "abc".__getitem__(1))
print(str.__add__("x", "y"), "abc".__add__(1) if False else "abc".__add__("1"))
it = iter("hi")
print(next(it), next(it), next(it, "end"), type(iter("")).__name__)
