# super(): the builtin object itself, binding, attribute access through it
class A:
    x = "A.x"
    def who(self):
        return "A"
    def __repr__(self):
        return "A-instance"
class B(A):
    x = "B.x"
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super().who()
c = C()
print(c.who(), super(C, c).who(), super(B, c).who())
print(super(C, c).x, super(B, c).x)
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(repr(super(C, c)).startswith("<super: <class 'C'>, <C object>>"))
try:
    super(C, c).nothing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    super(C, c).x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(super(C, C).who(c), super(C, C).x)
print(super(B, c).__repr__(), super(A, c).__repr__().startswith("<__main__.C object"))
u = super(C)
print(type(u).__name__, u.__self__)
try:
    super(1, c)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def get(self, k, default=None):
        return super().get(k.upper(), default)
d = D()
d["a"] = 1
print(d, d.get("a"))
class Cls:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(Cls):
    @classmethod
    def make(cls):
        return "Sub:" + super().make()
print(Sub.make())
def standalone(self):
    return super(type(self), self).who() if False else "skip"
print(standalone(c))
