# An exception owns its args: raising and catching it, replacing e.args, or letting it go releases
# the arguments exactly once, so their reference counts come back and __del__ runs on time.
import sys


class Dl:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


o = object()
print(sys.getrefcount(o))
e = ValueError(o)
print(sys.getrefcount(o))
del e
print(sys.getrefcount(o))
e = ValueError(o)
e.args = (1,)
print(sys.getrefcount(o))
del e
for i in range(3):
    try:
        raise ValueError(o)
    except ValueError:
        pass
print("after three raises", sys.getrefcount(o))


def f():
    raise KeyError(o)


try:
    f()
except KeyError as ex:
    print("caught", type(ex).__name__)
print("after a raise in a call", sys.getrefcount(o))
d = {}
try:
    d[o]
except KeyError:
    pass
print("after a missing key", sys.getrefcount(o))

try:
    raise ValueError(Dl("raised"))
except ValueError:
    pass
print("after except")
e = ValueError(Dl("constructed"))
del e
print("after del e")
e = ValueError()
e.args = (Dl("assigned"),)
del e
print("after del e with assigned args")
x = Dl("shared")
t = (x,)
e = ValueError()
e.args = t
print(sys.getrefcount(x), e.args is t)
del t
print(sys.getrefcount(x))
del e
print(sys.getrefcount(x))
del x
print("end")
