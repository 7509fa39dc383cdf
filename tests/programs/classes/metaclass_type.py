# Creating classes dynamically with type(name, bases, dict)
def greet(self):
    return f"hello from {type(self).__name__} ({self.x})"
Dyn = type("Dyn", (), {"x": 5, "greet": greet, "__doc__": "dynamic doc"})
d = Dyn()
print(d.greet(), Dyn.__name__, Dyn.__doc__, Dyn.__bases__[0].__name__)
print(type(Dyn).__name__, type(type).__name__, isinstance(Dyn, type))
class Base:
    def base_method(self):
        return "base"
Sub = type("Sub", (Base,), {"extra": lambda self: "extra"})
s = Sub()
print(s.base_method(), s.extra(), [c.__name__ for c in Sub.__mro__])
print(Sub.__module__, Sub.__qualname__)
print(type(5).__name__, type("s") is str, type(None).__name__, type(type) is type)
Point = type("Point", (tuple,), {"x": property(lambda self: self[0])})
pt = Point((3, 4))
print(pt.x, pt, type(pt).__name__)
try:
    type("Bad", (5,), {})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__ + ":", e)
ns = {"counter": 0}
def make_class(i):
    return type(f"C{i}", (), {"index": i})
classes = [make_class(i) for i in range(3)]
print([c.__name__ for c in classes], [c().index for c in classes])
Empty = type("Empty", (), {})
print(sorted(k for k in Empty.__dict__), Empty.__bases__)
class Meta(type):
    pass
M = Meta("M", (), {})
print(type(M).__name__, M.__class__.__name__)
T = type("T", (object,), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"T({self.v})"})
print(T(7), [T(i) for i in range(2)])
print(type.__name__, type.__mro__[1].__name__, object.__class__.__name__)
