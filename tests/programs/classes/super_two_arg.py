# Two-argument super(type, obj) and super(type, type)
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return f"A.c({cls.__name__})"
class B(A):
    def f(self):
        return "B.f"
class C(B):
    def f(self):
        return "C.f"
obj = C()
print(super(C, obj).f())
print(super(B, obj).f())
try:
    super(A, obj).f()
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(super(C, C).c(), super(B, C).c())
print(super(C, C).f(obj))
s = super(B, obj)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is obj)
try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class X:
    def who(self):
        return "X"
class Y(X):
    def who(self):
        return "Y"
class Z(X):
    def who(self):
        return "Z"
class W(Y, Z):
    def who(self):
        return "W"
w = W()
print([super(cls, w).who() for cls in (W, Y, Z)])
unbound = super(W)
print(type(unbound).__name__)
class Init:
    def __init__(self):
        self.log = ["Init"]
class Init2(Init):
    def __init__(self):
        super(Init2, self).__init__()
        self.log.append("Init2")
print(Init2().log)
class Base:
    def m(self):
        return "base m"
class Derived(Base):
    m2 = lambda self: super(Derived, self).m()
print(Derived().m2())
print(super(bool, True).__repr__(), super(bool, False).__add__(5))
