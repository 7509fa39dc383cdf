# Instantiation of classes whose __init__ takes exactly (self, positional...) (PyCode.SimpleArgCount):
# the eval loop binds the new instance and the arguments straight into the rented frame
# (Interpreter.InitCalls.cs). Results, counts, __del__ timing and errors must be type.__call__'s.
import sys
import traceback


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self, item):
        self.item = item


class Returns:
    def __init__(self, x):
        self.x = x
        return x


class Raises:
    def __init__(self, x):
        raise ValueError("bad " + x.name)


class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def main():
    p = Pair(1, "two")
    q = type.__call__(Pair, 1, "two")
    print("pair", p.a, p.b, q.a, q.b, vars(p) == vars(q))
    s = Slotted(3, 4)
    print("slots", s.x, s.y)

    # Arguments that are locals of the caller, and fresh ones.
    t = Tracked("local")
    before = sys.getrefcount(t)
    h = Holder(t)
    print("held", sys.getrefcount(t) - before)
    del h
    print("released", sys.getrefcount(t) - before)
    Holder(Tracked("fresh"))
    print("after fresh")
    hs = [Holder(Tracked("kept%d" % i)) for i in range(2)]
    print("kept", [x.item.name for x in hs])
    del hs
    print("after kept")

    # Wrong argument counts take the general binding and raise its errors.
    for args in [(), (1,), (1, 2, 3)]:
        try:
            Pair(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        Returns(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Raises(Tracked("arg"))
    except ValueError as e:
        print("ValueError:", e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])
        del e
    print("after raise")
    try:
        Deep(0)
    except RecursionError:
        print("RecursionError")
    del t
    print("end")


main()
