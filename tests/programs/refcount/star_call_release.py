# A call with *args / **kwargs (CALL_FUNCTION_EX) releases its callable, the argument tuple
# and the keyword dict when it returns or raises: what they hold is counted only while the call
# runs. A lone `*iterable` that is not a tuple becomes a tuple of its items, freed with it.
import collections
import sys


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f(*args, **kwargs):
    return len(args) + len(kwargs)


def g(a, b=None):
    return a


def fail(*args, **kwargs):
    raise ValueError("no")


o = N("o")
start = sys.getrefcount(o)
print(f(*(o, o)), sys.getrefcount(o) - start)
print(f(*[o, o, o]), sys.getrefcount(o) - start)
print(f(o, *[o], k=o), sys.getrefcount(o) - start)
print(f(**{"a": o}), sys.getrefcount(o) - start)
print(f(*(x for x in [o, o])), sys.getrefcount(o) - start)
print(g(*[o]) is o, sys.getrefcount(o) - start)
print(g(**{"a": o, "b": o}) is o, sys.getrefcount(o) - start)
try:
    fail(*[o], **{"k": o})
except ValueError as e:
    print("caught", e)
print("after failure", sys.getrefcount(o) - start)
try:
    g(*[o], c=o)
except TypeError as e:
    print("caught", e)
print("after bad keyword", sys.getrefcount(o) - start)

print(f(*(N(i) for i in range(2))))
print("after fresh items")
print(g(*[N("kept")]).name)
print("after result")
print(f(**{"x": N("kwarg")}))
print("after kwarg")
print((lambda *a: a)(*[N("t")])[0].name)
print("after tuple result")


class Bound:
    def m(self, *args, **kwargs):
        return len(args)

    def __del__(self):
        print("del Bound")


print(Bound().m(*[1, 2]))
print("after bound method")

# collections.OrderedDict's __init__ passes its arguments on with self.update(other, **kwds).
od = collections.OrderedDict([(o, 1)])
del od
print("OrderedDict", sys.getrefcount(o) - start)
c = collections.Counter([o, o])
del c
print("Counter", sys.getrefcount(o) - start)
print("end")
