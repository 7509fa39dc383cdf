# enum functional API and flags; dataclass inheritance, frozen hashing, field options, asdict of containers
from dataclasses import asdict, astuple, dataclass, field, fields, replace
from enum import Enum, Flag, IntEnum, IntFlag, auto

Shape = Enum("Shape", {"CIRCLE": 1, "SQUARE": 4})
print(list(Shape), Shape(4), Shape["CIRCLE"].value, Shape.SQUARE.name)
Level = IntEnum("Level", ["LOW", "HIGH"], start=10)
print(Level.HIGH, int(Level.LOW), Level(11), list(Level))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.X, int(Perm.R | Perm.W), Perm(6) & Perm.W, list(Perm(7)), Perm.R in Perm(5), ~Perm.R & 7)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(Color.RED | Color.BLUE, len(Color.RED | Color.GREEN), bool(Color(0)), [c.name for c in Color])
class Status(Enum):
    OK = "ok"
    FAIL = "fail"
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @classmethod
    def default(cls):
        return cls.OK
print(Status.default(), Status("fail").describe(), Status.OK in Status, [s.value for s in Status])

@dataclass
class Base:
    x: int
    tags: list = field(default_factory=list, repr=False)
@dataclass
class Derived(Base):
    y: int = 5
    z: str = field(default="z", compare=False)
d1 = Derived(1, ["t"], 2)
print(d1, d1 == Derived(1, ["t"], 2, "other"), [f.name for f in fields(d1)], asdict(d1), astuple(d1))
@dataclass(frozen=True, order=True)
class Key:
    a: int
    b: tuple = ()
k = Key(1, (2, 3))
print(hash(k) == hash(Key(1, (2, 3))), k < Key(2), replace(k, a=9), {k: "v"}[Key(1, (2, 3))])
@dataclass
class Nested:
    items: dict
    seq: tuple
print(asdict(Nested({"k": [Key(1)]}, (Key(2), 3))))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 10
print(WithPost(4), WithPost(4) == WithPost(4))
