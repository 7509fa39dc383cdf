# __class__ attribute, isinstance/issubclass with tuples, ABC-free checks, __class__ assignment
class A: pass
class B(A): pass
class C: pass
b = B()
print(b.__class__.__name__, b.__class__ is B, type(b) is B, B.__class__.__name__)
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, C))
print(issubclass(B, A), issubclass(B, B), issubclass(A, B), issubclass(B, (C, object)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type))
print(isinstance(A, type), isinstance(A, object), isinstance(object, type))
try:
    isinstance(b, b)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    issubclass(B, "A")
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Dog:
    def speak(self):
        return "woof"
class Cat:
    def speak(self):
        return "meow"
pet = Dog()
print(pet.speak())
pet.__class__ = Cat
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    (1).__class__ = float
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
class Lying:
    @property
    def __class__(self):
        return int
lo = Lying()
print(isinstance(lo, int), type(lo).__name__, lo.__class__.__name__)
print(isinstance(None, type(None)), type(None).__name__, isinstance([], (list, tuple)))
print(type(int).__name__, type(object).__name__, object.__bases__, type.__bases__[0].__name__)
