# __init_subclass__ hooks and class keyword arguments
class Base:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        print(f"__init_subclass__ {cls.__name__} key={key} kwargs={kwargs}")
        super().__init_subclass__(**kwargs)
        if key:
            Base.registry[key] = cls
class A(Base, key="a"):
    pass
class B(Base, key="b"):
    pass
class C(A):
    pass
print({k: v.__name__ for k, v in Base.registry.items()})
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Required:
    def __init_subclass__(cls):
        super().__init_subclass__()
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} must define 'name'")
class Good(Required):
    name = "good"
try:
    class Missing(Required):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(Good.name)
class Counter:
    subclasses = []
    def __init_subclass__(cls, **kw):
        Counter.subclasses.append(cls.__name__)
class X(Counter): pass
class Y(X): pass
class Z(Y): pass
print(Counter.subclasses)
print(sorted(c.__name__ for c in Counter.__subclasses__()), [c.__name__ for c in X.__subclasses__()])
class Plain:
    pass
try:
    class P2(Plain, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Defaults:
    def __init_subclass__(cls, /, color="none", **kwargs):
        cls.color = color
class Red(Defaults, color="red"): pass
class Uncolored(Defaults): pass
print(Red.color, Uncolored.color)
class IsClassmethod:
    def __init_subclass__(cls):
        cls.tag = cls.__name__.lower()
class Tagged(IsClassmethod): pass
print(Tagged.tag, type(IsClassmethod.__dict__["__init_subclass__"]).__name__)
