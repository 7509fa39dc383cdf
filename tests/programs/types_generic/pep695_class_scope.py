# Annotation scopes defined in a class body see the class's names first.
class Outer:
    class Inner: pass
    Alias = int
    type Member = list[Inner]
    def m[T: Inner = Alias](self, x: T, y: Alias = 3) -> Inner:
        return x
    class Nested[T: Inner](Inner):
        pass
    def plain(self):
        return 1

T, = Outer.m.__type_params__
print(T.__bound__, T.__default__, Outer.m.__annotations__, Outer.Member.__value__)
print(Outer.Nested.__mro__[1], Outer.Nested.__type_params__[0].__bound__, Outer.Nested.__qualname__)
class Shadow:
    T = "class attr"
    def f[T](self) -> T: pass
print(Shadow.f.__annotations__)
class P:
    __private = int
    def f[T: __private](self): pass
print(P.f.__type_params__[0].__bound__)
