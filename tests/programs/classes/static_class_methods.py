# staticmethod and classmethod, alternative constructors, inheritance
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
class Count:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class SubCount(Count):
    pass
print(Count.inc(), Count.inc(), SubCount.inc(), Count.n, SubCount.n)
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2004), cm.__func__(Date, "1-2-3"))
print(callable(sm))
print(staticmethod(len)("abc"))
class Both:
    @staticmethod
    def s(*args):
        return args
    @classmethod
    def c(cls, *args):
        return cls.__name__, args
b = Both()
print(b.s(1), Both.s(1), b.c(2), Both.c(2))
def plain(*args):
    return args
Both.p = staticmethod(plain)
Both.q = classmethod(plain)
print(b.p(1), b.q(1)[0].__name__)
print(Both.s.__name__, Both.c.__name__, Both.c.__func__.__qualname__)
class Chained:
    @classmethod
    @property
    def not_supported_anymore(cls):
        return "x"
try:
    print(type(Chained.not_supported_anymore).__name__)
except Exception as e:
    print(type(e).__name__)
try:
    classmethod(5)()
except TypeError as e:
    print(type(e).__name__ + ":", e)
