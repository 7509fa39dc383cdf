# enum: Enum, IntEnum, StrEnum, auto, iteration, lookup, value/name, errors
from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color.__members__), Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(3), int(Priority.LOW))
print(Priority.LOW == 1, [p.name for p in Priority], max(Priority).name, f"{Priority.HIGH}", str(Priority.HIGH))
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([(m.name, m.value) for m in Auto])
class Http(StrEnum):
    GET = auto()
    POST = "post-method"
print(Http.GET, Http.GET.value, Http.POST, Http.GET == "get", Http.GET.upper(), f"{Http.POST}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__ + ":", e)
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_class(self):
        return "heavy" if self.mass > 1e24 else "light"
print(Planet.EARTH.mass, Planet.EARTH.density_class, Planet.MERCURY.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3).name)
print(Color.RED.__class__.__name__, Color.__members__["CRIMSON"])
