# A slice built for a subscript (BUILD_SLICE) counts its bounds, and the instruction that consumes it
# releases it: fresh bounds die right after the store, read or delete, as in CPython.
import weakref


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __del__(self):
        print("del", self.v)


l = [1, 2, 3, 4, 5]
l[I(1):I(3)] = [9]
print("after store", l)
l[I(0):I(4):I(2)] = [7, 8]
print("after extended store", l)
x = l[I(1):I(3)]
print("after read", x)
del l[I(0):I(1)]
print("after delete", l)


def f(lst, a, b):
    lst[a:b] = ["x"]
    print("in f")


f(l, I(10), I(11))
print("after call", l)

# A bound that something else still holds survives the slice.
keep = I(2)
l[keep:3] = []
print("kept", keep.v, l)
r = weakref.ref(keep)
del keep
print("dead", r() is None)

# slice() counts its arguments too.
s = slice(I(20), I(21))
print(s.start.v, s.stop.v)
del s
print("after slice()")

# A user __setitem__ that keeps the slice keeps its bounds.
class Keeper:
    def __setitem__(self, k, v):
        self.k = k


kp = Keeper()
kp[I(30):I(31)] = 0
print("kept slice", kp.k.start.v)
del kp
print("end")
