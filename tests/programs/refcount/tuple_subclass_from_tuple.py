# tuple.__new__(cls, t) for a tuple subclass shares t's items array (a tuple's items are never
# written after construction): each tuple still holds its own references, so an item lives until
# the last tuple holding it goes, and both tuples keep their items when the other is gone.
from collections import namedtuple


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class T(tuple):
    pass


src = (Noisy("a"), Noisy("b"))
t = T(src)
print(type(t).__name__, [x.name for x in t], t == src, t is src)
del src
print("src gone", [x.name for x in t])
del t
print("t gone")

Pair = namedtuple("Pair", "first second")
p = Pair(Noisy("c"), Noisy("d"))
q = Pair._make(p)
r = tuple(p)
print(type(r).__name__, r == p, q == p, q is p)
del p
print("p gone", q.first.name, r[1].name)
del q
print("q gone", r[0].name)
del r
print("r gone")

# a subclass of a subclass, made from a subclass instance, and from an empty tuple
class U(T):
    pass


u = U(T((Noisy("e"),)))
print(type(u).__name__, u[0].name, len(U(())), U(()) == ())
del u
print("end")
