# PEP 695 type parameters on classes.
import typing


class Box[T]:
    """A box."""

    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def kind(self):
        return T


print(Box.__doc__, Box.__qualname__, Box.__type_params__, Box.__parameters__)
b = Box(3)
print(b.get(), b.kind() is Box.__type_params__[0], Box.get.__qualname__)
print(Box[int], Box[int].__args__, Box[int].__origin__ is Box)
print(issubclass(Box, typing.Generic), isinstance(b, Box))
print(Box.__init__.__annotations__)


class Pair[K, V](dict):
    def first(self) -> K:
        return next(iter(self))


p = Pair(a=1)
print(p.first(), Pair.__type_params__, Pair.__parameters__, issubclass(Pair, dict))


class Multi[T, *Ts, **P]:
    pass


print(Multi.__type_params__, [type(x).__name__ for x in Multi.__type_params__])
print(Multi.__parameters__)


class Base[T]:
    def get(self) -> T:
        return "base"


class Derived[U](list):
    pass


print(Derived([1]), Derived.__type_params__, Derived.__parameters__)


class Outer:
    class Inner[T]:
        def m(self):
            return T

    def use(self):
        return self.Inner().m()


print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().use())


def factory():
    class Local[T]:
        pass
    return Local


print(factory().__qualname__, factory().__type_params__)


def deco(cls):
    cls.seen = cls.__type_params__
    return cls


@deco
class Decorated[T]:
    pass


print(Decorated.seen, Decorated.__name__)


class WithSuper[T](Base[T]):
    def get(self):
        return "super:" + super().get()


print(WithSuper().get())


class Plain:
    pass


print(Plain.__type_params__, Box.__type_params__[0].__name__)


class Derived[U](Base[U]):
    pass


print(Derived().get(), Derived.__type_params__, Derived.__parameters__, Derived.__orig_bases__[0])
print(Derived[int]().get(), type(Derived.__orig_bases__[0]).__name__)


class SubOfGeneric(Box):
    pass


print(SubOfGeneric.__type_params__)
