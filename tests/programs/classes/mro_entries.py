# PEP 560: a class statement replaces a base that is not a class by what its __mro_entries__ returns.
class Real:
    def hello(self):
        return "hello from Real"


class Stand:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return self.targets


class Mixin:
    pass


s = Stand(Real, Mixin)


class A(s):
    pass


print(A.__bases__, A.__orig_bases__ == (s,), A().hello())


class B(Real):
    pass


print("__orig_bases__" in B.__dict__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class C(Empty(), Real):
    pass


print(C.__bases__, len(C.__orig_bases__))


class Bad:
    def __mro_entries__(self, bases):
        return [Real]


try:
    class D(Bad()):
        pass
except TypeError as e:
    print("TypeError", e)


# Builtin generic aliases (types.GenericAlias) subclass their origin.
class IntList(list[int]):
    def total(self):
        return sum(self)


print(IntList.__mro__, IntList.__orig_bases__)
print(IntList([1, 2, 3]).total(), list[int].__mro_entries__((list[int],)))


class Pairs(dict[str, tuple[int, int]], Real):
    pass


print(Pairs.__bases__, Pairs.__orig_bases__, Pairs(a=(1, 2)).hello())
