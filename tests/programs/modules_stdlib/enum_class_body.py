# enum: how a class body becomes members (auto, aliases, _ignore_, member/nonmember, hooks, errors)
import enum
from enum import Enum, IntEnum, StrEnum, auto


def attempt(make):
    try:
        result = make()
        print("ok:", result)
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = auto()
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    _ignore_ = "scratch"
    scratch = 99
    helper = enum.nonmember(10)
    call_me = enum.member(len)
    __private = 5
    def describe(self):
        return "%s:%r" % (self.name, self.value)
print(list(Shape), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape.helper, hasattr(Shape, "scratch"))
print(list(Shape.__members__), Shape.call_me.value("abc"), Shape.CIRCLE.describe(), Shape._Shape__private)
print(list(reversed(Shape)), len(Shape), Shape(2).name, 3 in Shape, "SQUARE" in Shape, Shape.SQUARE in Shape)
print(repr(auto()), repr(auto(7)), repr(Shape), type(Shape).__name__, enum.EnumMeta is enum.EnumType)

class Powers(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return 3 ** (count + 1)
    ONE = auto()
    TWO = auto()
    PAIR = (auto(), auto())
print([(m.name, m.value) for m in Powers])

class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
class Compass(AutoName):
    NORTH = auto()
    SOUTH = auto()
print(list(Compass), Compass("South"))

class Flags(IntEnum):
    A = auto()
    B = 10
    C = auto()
    D = "4"
print([(m.name, m.value) for m in Flags], Flags.D + 1)

class Words(StrEnum):
    HELLO = auto()
    WORLD = "World"
print(list(Words), Words.HELLO.upper(), "-".join(Words), Words("World") is Words.WORLD)

def duplicate_member():
    class A(Enum):
        X = 1
        X = 2
def member_over_method():
    class A(Enum):
        X = enum.nonmember(5)
        X = 1
def method_over_member():
    class A(Enum):
        X = 1
        def X(self): pass
def reserved():
    class A(Enum):
        _foo_ = 1
def late_rule():
    class A(Enum):
        X = auto()
        def _generate_next_value_(name, start, count, last_values): return name
def ignore_taken():
    class A(Enum):
        B = 2
        _ignore_ = ["B"]
def wrong_order():
    class A(Enum):
        _order_ = "B A"
        A = 1
        B = 2
def extend():
    class More(Shape):
        EXTRA = 9
def mixed_up():
    class M(Enum, int):
        A = 1
def two_types():
    class M(int, str, Enum):
        A = 1
for case in (duplicate_member, member_over_method, method_over_member, reserved, late_rule,
             ignore_taken, wrong_order, extend, mixed_up):
    attempt(case)
attempt(lambda: StrEnum("S", [("A", 1)]))
attempt(lambda: IntEnum("I", [("A", "x")]))
attempt(lambda: Enum("E", [("A", [1])])([1]))
attempt(lambda: Enum("E", [("A", auto())]).A.value)
