# dataclasses: fields, defaults, repr, eq, order, frozen, default_factory
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, MISSING
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
p.tags.append("a")
q = Point(1, 0, ["a"])
print(p, p == q, p is q, Point(2, 3), Point(y=5, x=4))
print([f.name for f in fields(Point)], [f.default for f in fields(Point)][1], fields(Point)[0].default is MISSING, asdict(p), astuple(p))
print(replace(p, y=9), p)
print(Point(1).tags is not Point(1).tags)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, "beta"), Version(0, 9)]
print(sorted(vs), max(vs), Version(1, 0, "x") == Version(1, 0, "y"), hash(Version(1)) == hash(Version(1, 0)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__ + ":", e)
try:
    Point(1) < Point(2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass
class Inventory:
    name: str
    price: float
    qty: int = 1
    total: float = field(init=False, repr=False)
    def __post_init__(self):
        self.total = self.price * self.qty
inv = Inventory("widget", 2.5, 4)
print(inv, inv.total)
try:
    Point()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(Point.__eq__ is not object.__eq__, Point.__hash__, Version.__hash__ is not None)
