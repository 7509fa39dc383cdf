# When an object's count reaches zero: an instance's __del__ runs before its weak references'
# callbacks (CPython's subtype_dealloc), and the weak reference still answers inside __del__;
# a generator's callbacks run before it is closed (gen_dealloc); a __del__ that resurrects its
# object keeps the weak references alive.
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "weakref alive:", self.ref() is self)


a = A("a")
a.ref = weakref.ref(a, lambda r: print("callback a, dead:", r() is None))
del a
print("after del a")


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


g = gen()
next(g)
r = weakref.ref(g, lambda r: print("callback g"))
del g
print("after del g")

saved = []


class Phoenix:
    def __del__(self):
        print("del phoenix, resurrecting")
        saved.append(self)


p = Phoenix()
pr = weakref.ref(p, lambda r: print("callback phoenix"))
del p
print("phoenix weakref alive:", pr() is saved[0])
saved.clear()
print("end")
