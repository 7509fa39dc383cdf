# __repr__ and __str__ interplay with print, str(), repr(), f-strings, containers
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
    __repr__ = lambda self: "StrOnly-repr-set-later"
b, r = Both(), ReprOnly()
print(b, str(b), repr(b))
print(r, str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(StrOnly(), [StrOnly()])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
class Point3(Point):
    pass
print(Point(1, "a"), Point3(2.5, None))
class BadRepr:
    def __repr__(self):
        return 123
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Recursive:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"Recursive({self.items!r})"
L = [1]
L.append(L)
print(L)
d = {"a": 1}
d["self"] = d
print(d)
class StrSub(str):
    def __repr__(self):
        return "StrSub!"
print(StrSub("hi"), repr(StrSub("hi")), [StrSub("x")])
print(ascii(Both()), format(Both()), format(Point(1, 2), ""))
