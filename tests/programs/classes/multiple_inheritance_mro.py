# Multiple inheritance and C3 linearization
def mro(cls):
    return [c.__name__ for c in cls.__mro__]
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(mro(D), D().who())
class E(C, B):
    pass
print(mro(E), E().who())
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(O): pass
class J(O): pass
class K1(F, G, H): pass
class K2(I, G, J): pass
class K3(I, H): pass
class Z(K1, K2, K3): pass
print(mro(Z))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class X: attr = "X"
class Y: attr = "Y"
class XY(X, Y): pass
class YX(Y, X): pass
print(XY.attr, YX.attr, XY.mro() == list(XY.__mro__))
class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Base:
    def name(self):
        return "Base"
class Combined(Mixin, Base):
    pass
print(Combined().greet(), mro(Combined))
print(issubclass(D, (C, int)), isinstance(D(), B), D.__bases__ == (B, C))
class P1:
    def __init__(self):
        print("P1 init")
class P2:
    def __init__(self):
        print("P2 init")
class Child(P1, P2):
    pass
Child()
print(mro(bool), mro(type), mro(object))
