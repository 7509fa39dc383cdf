# enum: lookups, _missing_, properties named like members, dir(), pickling and copying
import copy
import enum
import pickle
from enum import Enum, IntEnum, StrEnum


def attempt(make):
    try:
        result = make()
        print("ok:", repr(result))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = [3]
    def shade(self):
        return self.name.lower()
    @classmethod
    def favourite(cls):
        return cls.GREEN

attempt(lambda: Color(7))
attempt(lambda: Color["PINK"])
attempt(lambda: Color.PINK)
attempt(lambda: Color())
attempt(lambda: Color.RED < Color.GREEN)
attempt(lambda: Color([3]))
attempt(lambda: Color(1, 2))
attempt(lambda: Color.value)
def set_value(): Color.RED.value = 5
def del_value(): del Color.RED.value
def reassign(): Color.RED = 5
def remove(): del Color.GREEN
for case in (set_value, del_value, reassign, remove):
    attempt(case)
print(dir(Color))
print(dir(Color.RED), Color.RED.RED is Color.RED)
Color.RED.note = "x"
print([n for n in dir(Color.RED) if not n.startswith("__")])

class Lenient(Enum):
    ONE = 1
    TWO = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 0:
            return 42
        return None
print(Lenient("one"), Lenient("Two"))
attempt(lambda: Lenient("three"))
attempt(lambda: Lenient(0))
attempt(lambda: Lenient(5))

class Fields(Enum):
    name = 1
    value = 2
    other = 3
print(Fields.value, Fields.value.value, Fields.name.name, Fields["name"].value, Fields.other.name)

class Planet(Enum):
    EARTH = (5.976e24, 6.37814e6)
    MARS = (6.421e23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @enum.property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.gravity, Planet.MARS.mass, Planet((6.421e23, 3.3972e6)).name)
attempt(lambda: Planet.gravity)

class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(repr(Level.LOW), str(Level.LOW), format(Level.HIGH, "03d"), f"{Level.HIGH!r}", Level.LOW + Level.HIGH)
print(hash(Level.LOW) == hash(1), Level.HIGH == 2, sorted([Level.HIGH, Level.LOW]), Level(2.0))

class Mixed(int, Enum):
    A = 1
print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A + 1)

for member in (Color.RED, Level.HIGH, Planet.MARS, Mixed.A):
    print(pickle.loads(pickle.dumps(member)) is member, copy.copy(member) is member,
          copy.deepcopy(member) is member, member.__reduce_ex__(4)[1])

Color.RED._add_alias_("ROUGE")
Color.GREEN._add_value_alias_(20)
print(Color.ROUGE, Color["ROUGE"], Color(20), list(Color.__members__))
attempt(lambda: Color.RED._add_alias_("GREEN"))
attempt(lambda: Color.RED._add_value_alias_(2))
attempt(lambda: Color.RED._add_value_alias_(1))
# name/value read through the instance and through the descriptor agree (members, aliases, pseudo-flags)
pseudo = enum.Flag("Bits", "A B C")(5)
for m in (Color.RED, Color.ROUGE, Level.HIGH, Planet.EARTH, Fields.value, pseudo, enum.IntFlag("IF", "X Y")(7)):
    print(repr(m), m.value == enum.Enum.__dict__["value"].__get__(m, type(m)),
          m.name == enum.Enum.__dict__["name"].__get__(m, type(m)), m.name)
