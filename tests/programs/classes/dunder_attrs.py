# Class-level special attributes: __name__, __qualname__, __module__, __dict__, __bases__, __doc__
class Outer:
    "Outer doc."
    class Inner:
        class Deepest:
            pass
    attr = 1
    def method(self):
        pass
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.__name__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__") or k == "__doc__"))
print(Outer.__dict__["attr"], type(Outer.__dict__["method"]).__name__)
print(Outer.__bases__, Outer.__base__, Outer.__mro__ == (Outer, object))
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__name__, L.__qualname__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__, Outer.__qualname__ == "Outer")
Outer.__qualname__ = "Q.Name"
print(Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
o = Outer()
o.x = 1
print(o.__dict__, o.__class__.__name__)
o.__dict__ = {"replaced": True}
print(o.replaced, hasattr(o, "x"))
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NoDoc:
    pass
print(NoDoc.__doc__, "__weakref__" in NoDoc.__dict__, "__dict__" in NoDoc.__dict__)
print(int.__name__, int.__module__, int.__qualname__, int.__base__.__name__)
print(sorted(c.__name__ for c in bool.__mro__))
class A: pass
class A2: pass
class B(A): pass
print([c.__name__ for c in A.__subclasses__()], B.__bases__[0] is A)
B.__bases__ = (A2,)
print(B.__mro__[1].__name__, issubclass(B, A), issubclass(B, A2))
print(type(Outer.__dict__).__name__, type(o.__dict__).__name__)
