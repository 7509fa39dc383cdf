# NotImplemented vs NotImplementedError, template methods, polymorphism over a hierarchy
class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"
    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Tri(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(2), Tri(3, 5), Circle(1)]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in sorted(shapes)])
print(max(shapes).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
try:
    Rect(1, 1) < 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(type(NotImplemented).__name__, repr(NotImplemented), bool(NotImplemented) if False else "skip bool")
print(issubclass(NotImplementedError, RuntimeError))
total = sum(s.area() for s in shapes if isinstance(s, Rect))
print(total)
by_sides = {}
for s in shapes:
    by_sides.setdefault(s.sides, []).append(type(s).__name__)
print(by_sides)
