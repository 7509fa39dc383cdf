from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    def describe(self):
        return f'{self.name.lower()}={self.value}'


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


class Open(IntFlag):
    RD = 1
    WR = 2
    CREAT = 64


class S(StrEnum):
    A = auto()
    B = 'bee'


p = Perm.R | Perm.W
print(p, repr(p), Perm.R in p, Perm.X in p, list(p), p.value, ~p, Perm(6), Perm.RWX, list(Perm))
print(bool(Perm(0)), Perm(0), repr(Perm(0)), p & Perm.R, p ^ Perm.RWX)
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], [c.describe() for c in Color], len(Color))
print(Shape.CIRCLE + 1, Shape(2), Shape.SQUARE == 2, sorted([Shape.SQUARE, Shape.CIRCLE]), f'{Shape.CIRCLE}')
o = Open.RD | Open.CREAT
print(o, repr(o), int(o), o | 2, Open(3), repr(Open(128 | 1)), f'{o}')
print(S.A, S.B, S.A == 'a', S.B.upper(), repr(S.A))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
print(Color.RED.name, Color.RED.value, Color.__members__.keys(), Color.RED is Color(1))
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Perm.__members__['RWX'])

