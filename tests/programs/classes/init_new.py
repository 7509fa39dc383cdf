# __new__ and __init__: order, arguments, returning other types
class Tracker:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x = x
        self.y = y
t = Tracker(1, y=2)
print(t.x, t.y, t.created_by_new)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance
    def __init__(self):
        self.count += 1
a = Singleton()
b = Singleton()
print(a is b, a.count)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
p = Point.__new__(Point)
print(hasattr(p, "x"))
Point.__init__(p, 3, 4)
print(p.x, p.y)
class Base:
    def __init__(self):
        self.base_init = True
class NoSuperInit(Base):
    def __init__(self):
        self.child_init = True
n = NoSuperInit()
print(hasattr(n, "base_init"), n.child_init)
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
im = Immutable(1, 2)
print(im, im[0], type(im).__name__, len(im))
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Sub(Tracker):
    pass
s = Sub("sub")
print(type(s).__name__, s.x)
