# collections.namedtuple: fields, defaults, _replace, _asdict, _make, errors
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._fields, len(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]), max(Point(3, 0), Point(1, 9)))
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
print(Person("Ann", 30), Person("Bob", 25, "Paris"), Person._field_defaults)
Color = namedtuple("Color", "red, green, blue")
print(Color(255, 0, 128), Color._fields)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields)
try:
    namedtuple("Bad", ["def"])
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()
    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)
    @property
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5
v = Vector(3, 4) + Vector(0, 0)
print(v, v.length, type(v).__name__, Vector.__mro__[1].__name__)
print(Point.__name__, Point.x.__doc__, Point(x=7, y=8), Point(**{"x": 1, "y": 1}))
