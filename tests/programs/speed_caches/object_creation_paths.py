# Creating instances: the shortcut for "object.__new__ and a Python __init__" must behave exactly
# like calling object.__new__ and then __init__ (argument errors, overrides, changes to the class).
import abc


class Plain:
    def __init__(self, a, b=2, *, c=3):
        self.total = a + b + c


print("plain", Plain(1).total, Plain(1, 5, c=10).total)
try:
    Plain()
except TypeError as e:
    print("missing arg:", e)


class NoInit:
    pass


print("no init", type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("no init with args:", e)


class NewOverride:
    def __new__(cls, *args):
        print("NewOverride.__new__", args)
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


print("new override", NewOverride(4).x)


class ReturnsOther:
    def __new__(cls, x):
        return x * 2

    def __init__(self, x):
        print("never called")


print("new returns other", ReturnsOther(21))


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("bad init:", e)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self):
        pass


try:
    Abstract()
except TypeError as e:
    print("abstract:", e)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print("metaclass call", WithMeta(9).v)


class MyList(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


ml = MyList([1, 2], "t")
print("list subclass", ml, ml.tag, type(ml).__name__)


class Later:
    pass


try:
    Later(1)
except TypeError as e:
    print("before __init__ added:", e)
Later.__init__ = lambda self, v: setattr(self, "v", v)
print("after __init__ added", Later(8).v)
del Later.__init__
try:
    Later(1)
except TypeError as e:
    print("after __init__ removed:", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


s = Slotted(1, 2)
print("slots", s.a, s.b, hasattr(s, "__dict__"))


class Base:
    def __init__(self, x):
        self.x = x


class Derived(Base):
    pass


print("inherited init", Derived(7).x)
objs = [Derived(i) for i in range(1000)]
print("many", sum(o.x for o in objs))
