# repr() of builtin types
print(repr(1), repr(-1), repr(10 ** 30), repr(True), repr(None), repr(...))
print(repr(1.0), repr(0.1), repr(1e16), repr(1e-5), repr(-0.0), repr(float("inf")), repr(float("nan")))
print(repr(1j), repr(1 + 2j), repr(-1.5j))
print(repr("abc"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("é"))
print(repr(b"abc"), repr(b"it's"), repr(b"\x00\xff"), repr(bytearray(b"x")))
print(repr([1, "a", None]), repr((1,)), repr(()), repr((1, 2)), repr({}), repr({"a": [1]}))
print(repr(set()), repr({1}), repr(frozenset()), repr(frozenset({1})))
print(repr(range(3)), repr(slice(1, 2)), repr(slice(None)), repr(int), repr(type(None)))
print(repr(len), repr(print).startswith("<built-in function print"), repr(str.upper).startswith("<method 'upper'"))
print(repr(NotImplemented), repr(Ellipsis), repr(object).__class__.__name__)
print(repr(ValueError("x")), repr(KeyError("k")), repr(Exception()))
print(repr([[]]), repr([[], {}]), repr({1: {2: {3: ()}}}))
L = [1]
L.append(L)
print(repr(L))
d = {}
d["self"] = d
print(repr(d))
t = ([],)
t[0].append(t)
print(repr(t))
class C:
    def __repr__(self):
        return "C()"
print(repr(C()), repr([C(), C()]), repr({"c": C()}))
print(repr(memoryview(b"").tobytes()), repr(str), repr(dict.fromkeys("ab")))
print(repr("\x7f\x80\u200b\ufeff"), repr("\U0001F600"))
try:
    repr()
except TypeError as e:
    print(type(e).__name__ + ":", e)
import math
print(repr(math.pi), repr(2 / 3), repr(1 / 3), repr(100.0), repr(123456789.0), repr(1.5e300))
