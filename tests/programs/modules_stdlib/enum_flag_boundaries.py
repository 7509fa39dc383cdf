# enum: Flag and IntFlag combinations, pseudo-members, boundaries, verify() and global_enum
import enum
from enum import Flag, IntFlag, auto, verify, STRICT, CONFORM, EJECT, KEEP


def attempt(make):
    try:
        result = make()
        print("ok:", repr(result))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Perm(Flag):
    NONE = 0
    R = auto()
    W = auto()
    RW = R | W
    X = 8
print(list(Perm), len(Perm), list(Perm.__members__), Perm.R.value, Perm.X.value)
print(repr(~Perm.R), repr(~Perm.RW), repr(Perm.R | Perm.X), len(Perm.RW), list(Perm.RW))
print(repr(Perm(0)), str(Perm(0)), repr(Perm(11)), str(Perm(11)), format(Perm.R | Perm.W))
print(Perm.R in Perm.RW, Perm.RW in Perm.R, bool(Perm.NONE), bool(Perm.R), Perm(3) is Perm.RW)
attempt(lambda: Perm(-1))
attempt(lambda: 1 in Perm.R)
attempt(lambda: Perm(4))
attempt(lambda: Perm(64))
attempt(lambda: Perm("r"))
attempt(lambda: Perm.R | 1)

class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
    X = 12
print(repr(~Keep.A), repr(Keep(16)), repr(~Keep(16)), repr(Keep(31)), len(Keep(5)))

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Mode.R | Mode.X), str(Mode.R | Mode.X), repr(Mode(8)), str(Mode(8)), repr(Mode(9)))
print(repr(~Mode.R), repr(~Mode(9)), Mode.R | 8, repr(Mode.R & 6), Mode.R + 1, isinstance(Mode.R | 1, Mode))
print(len(Mode(9)), list(Mode(9)), Mode.R in Mode(5), format(Mode(6), "b"), Mode(0), repr(Mode(0)))
attempt(lambda: 4 in Mode.R)

class Eject(IntFlag, boundary=EJECT):
    A = 1
    B = 2
print(repr(~Eject.A), repr(Eject(5)), type(Eject(5)).__name__, repr(Eject.A | 4))

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Conform(7)), repr(~Conform.A), repr(Conform(-1)), Conform._boundary_ is CONFORM)

print(repr(STRICT), str(KEEP), [b.value for b in enum.FlagBoundary], repr(enum.UNIQUE))
print(Flag._boundary_, IntFlag._boundary_, enum.show_flag_values(22))

attempt(lambda: verify(enum.UNIQUE)(enum.Enum("U", [("A", 1), ("B", 1), ("C", 2), ("D", 2)])))
attempt(lambda: verify(enum.CONTINUOUS)(enum.Enum("U", [("A", 1), ("B", 4), ("C", 7)])))
attempt(lambda: verify(enum.CONTINUOUS)(Flag("U", [("A", 1), ("B", 4), ("C", 16)])))
attempt(lambda: verify(enum.NAMED_FLAGS)(Flag("U", [("A", 1), ("B", 2), ("W", 7)])))
attempt(lambda: verify(enum.NAMED_FLAGS)(Flag("U", [("A", 1), ("B", 2), ("W", 7), ("X", 24)])))
attempt(lambda: verify(enum.NAMED_FLAGS, enum.CONTINUOUS)(Flag("U", [("A", 1), ("B", 2), ("W", 3)])))
attempt(lambda: enum.unique(enum.Enum("U", "A B")))

@enum.global_enum
class Sig(enum.IntEnum):
    SIG_A = 1
    SIG_B = 2
@enum.global_enum
class Bits(Flag):
    BIT_A = 1
    BIT_B = 2
@enum.global_enum
class Plain(enum.Enum):
    P_ONE = 1
print(repr(SIG_A), str(SIG_B), repr(BIT_A | BIT_B), repr(Bits(0)), str(BIT_A | BIT_B), str(Bits(0)))
print(repr(P_ONE), str(P_ONE), format(P_ONE), Sig(2) is SIG_B)

Shape = enum.Enum("Shape", "CIRCLE, SQUARE TRIANGLE", start=10)
Pairs = enum.IntEnum("Pairs", [("LOW", 1), ("HIGH", 5)])
Mapped = enum.StrEnum("Mapped", {"A": "x", "B": "y"}, module=__name__, qualname="Outer.Mapped")
Bitty = Flag("Bitty", ["P", "Q", "R"])
print(list(Shape), list(Pairs), list(Mapped), Mapped.__qualname__, list(Bitty), Bitty.R.value)
print(Shape.__module__, Pairs.HIGH > 3, repr(Bitty.P | Bitty.R))
