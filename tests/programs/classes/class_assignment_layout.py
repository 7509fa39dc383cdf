# obj.__class__ = C: allowed only between classes whose instances have the same layout (CPython's
# compatible_for_assignment: builtin base, __slots__, __dict__, __weakref__), with its error messages.
def trycls(o, c):
    try:
        o.__class__ = c
        print("ok", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)

class A: pass
class B: pass
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
class S4:
    __slots__ = ("x", "y")
class E:
    __slots__ = ()
class SD:
    __slots__ = ("x", "__dict__")
class SubS1(S1): pass
class SubS1b(S1): pass
class L(list): pass
class L2(list): pass
class D(dict): pass
class W:
    __slots__ = ("__weakref__",)

a = A(); a.v = 1
trycls(a, B); print(a.v)
trycls(A(), S1)
s = S1(); s.x = 5
trycls(s, S2); print(s.x)
trycls(S1(), S3)
trycls(S1(), S4)
trycls(E(), A)
trycls(A(), E)
trycls(SubS1(), SubS1b)
trycls(SubS1(), S1)
trycls(S1(), SubS1)
trycls(SD(), A)
trycls(L(), L2)
trycls(L(), D)
trycls(L(), A)
trycls(A(), L)
trycls(W(), E)
trycls(1, A)
trycls(A(), int)
trycls(A(), 3)
