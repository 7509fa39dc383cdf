# __init__ found on the class is bound like any attribute: functions get the instance, other
# callables only if their type has __get__.
class Init:
    def __call__(self, *args):
        print("callable object called with", len(args), "args")

class A:
    __init__ = Init()
A()

class B:
    @staticmethod
    def __init__(*args):
        print("staticmethod __init__ with", len(args), "args")
B(1, 2)

class C:
    @classmethod
    def __init__(cls, x):
        print("classmethod __init__ on", cls.__name__, x)
C(7)

class Binder:
    def __get__(self, obj, objtype=None):
        def bound(*args):
            print("bound by __get__ to", type(obj).__name__, args)
        return bound

class D:
    __init__ = Binder()
D("x")

class E:
    __init__ = len
try:
    E()
except TypeError as e:
    print("TypeError", e)

class F:
    __init__ = Init()
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)
F(1)

class G:
    def __init__(self):
        return 1
try:
    G()
except TypeError as e:
    print("TypeError", e)
