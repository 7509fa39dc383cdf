# enum.Flag and IntFlag: combining, membership, iteration, boundaries
from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(Perm.R, Perm.W.value, Perm.X.value, Perm.RW, repr(Perm.RW))
rw = Perm.R | Perm.W
print(rw, rw == Perm.RW, Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), rw & Perm.R)
print(list(rw), list(Perm), len(Perm), [m.name for m in Perm])
print(~Perm.R, Perm(0), bool(Perm(0)), Perm(7), Perm(5))
everything = Perm.R | Perm.W | Perm.X
print(everything, everything ^ Perm.W, everything & ~Perm.X)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__ + ":", e)
class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.WRITE
print(m, int(m), m == 6, m | 1, Mode(7), Mode.READ + 1, isinstance(m, int))
print(Mode(0), Mode(8), Mode.READ in Mode(5), list(Mode(3)))
print(repr(Mode.READ | Mode.EXEC), str(Mode.WRITE), format(Mode.READ, "d"))
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7
print(Color.WHITE, list(Color.WHITE), Color(3), Color.RED | Color.BLUE, Color(6).name)
print(Perm.R.name, (Perm.R | Perm.X).name, Perm(0).name, Perm.R.value | Perm.X.value)
