# dir() lists __dict__ only where instances have one: not on object, a __slots__ class or its
# __slots__ subclasses; a plain subclass of a slotted class gets __dict__ and __weakref__ back.
class S:
    __slots__ = ("a", "b")
class T(S):
    __slots__ = ("c",)
class U:
    pass
class V(S):
    pass
print([n for n in dir(S()) if not n.startswith("__") or n in ("__dict__", "__slots__", "__weakref__")])
print("__dict__" in dir(S), "__dict__" in dir(T()), "__dict__" in dir(U()), "__dict__" in dir(V()))
print("__weakref__" in dir(S), "__weakref__" in dir(U), "__weakref__" in dir(V))
print(hasattr(S(), "__dict__"), hasattr(V(), "__dict__"))
print(sorted(k for k in S.__dict__), sorted(k for k in U.__dict__))
print(len(dir(object)), len(dir(object())))
