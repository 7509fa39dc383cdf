# When a match statement releases its subject and the values its patterns took apart (__del__ order).
class D:
    __match_args__ = ("n",)
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __eq__(self, o): return False
    __hash__ = object.__hash__

match D(1):
    case D(n=2): print("no")
    case D(): print("matched 1")
print("after 1")
match D(2):
    case D(n) as whole: print("matched 2", n)
print("after 2")
del whole
print("after del")
match [D(3), D(4)]:
    case [a, b] if False: print("no")
    case [D(n=3), _]: print("matched 3")
print("after 3", a.n, b.n)
del a, b
match (D(5), D(6)):
    case (x, D()) | (D(), x): print("matched or", x.n)
del x
print("after or")
def gen():
    yield D(7)
    yield D(8)
match list(gen()):
    case [*_, D(n=8) as last]: print("last", last.n)
del last
print("end")
