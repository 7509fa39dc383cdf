# type(): one-argument form and three-argument class creation
print(type(1), type("s"), type(None), type([]), type(type), type(len), type(lambda: 0))
print(type(1) is int, type(True) is bool, type(1.0).__name__, type(1j).__name__, type(...).__name__)
print(type(range(1)).__name__, type(iter([])).__name__, type({}.keys()).__name__, type(x for x in []).__name__)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, type(WithMeta()).__name__, type(Meta).__name__)
Point = type("Point", (), {"x": 0, "y": 0, "dist": lambda self: (self.x ** 2 + self.y ** 2) ** 0.5})
p = Point()
p.x, p.y = 3, 4
print(Point.__name__, p.dist(), type(p) is Point, Point.__bases__)
Derived = type("Derived", (Point,), {"z": 1})
print(Derived.__mro__[1].__name__, Derived().z, Derived().x, type(Derived).__name__)
M2 = Meta("M2", (), {})
print(type(M2).__name__, isinstance(M2, Meta))
for args in [(1, 2), ("A", (), {}, 4), ("A", 1, {}), ("A", (), 1), (1, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    type()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type("Bad", (bool,), {})
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(type.__name__, type.__qualname__, type(type.__dict__).__name__)
T = type("T", (), {"__slots__": ("a",)})
t = T()
t.a = 1
print(t.a, hasattr(t, "__dict__"))
Named = type("Named", (), {"__qualname__": "Custom.Qual", "__module__": "custom_mod"})
print(Named.__qualname__, Named.__module__, Named.__name__)
class Kw(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
K = Kw("K", (), {}, flag=True)
print(K.kw)
