# abc: ABC, abstractmethod, abstract properties, register, instantiation errors
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Partial(Shape):
    def area(self):
        return 1
try:
    Partial()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"
class Impl(Base):
    def run(self):
        return "impl -> " + super().run()
print(Impl().run(), type(Base).__name__)
class Duck:
    def quack(self):
        return "quack"
class Quacker(ABC):
    pass
Quacker.register(Duck)
print(isinstance(Duck(), Quacker), issubclass(Duck, Quacker), Duck.__mro__[1].__name__)
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__")
        return NotImplemented
print(isinstance([], Sized2), isinstance(5, Sized2), issubclass(dict, Sized2))
class Multi(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    @staticmethod
    @abstractmethod
    def s(): ...
try:
    Multi()
except TypeError as e:
    print(type(e).__name__ + ":", e)
from collections.abc import Iterable, Sequence, MutableMapping
print(isinstance([], Sequence), isinstance({}, MutableMapping), isinstance("", Iterable), issubclass(tuple, Sequence))
