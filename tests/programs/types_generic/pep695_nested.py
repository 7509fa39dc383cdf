# Generics nested in a generic class; inspect.signature of a generic function.
class C[T]:
    type A = list[T]
    def m[U](self, x: T, y: U) -> dict[T, U]:
        return {x: y}
    class Inner[V: T]:
        pass
print(C.A.__value__, C.m.__annotations__, C().m(1, 2), C.Inner.__type_params__[0].__bound__)
print(C.m.__type_params__, C.__type_params__, C.m.__qualname__, C.Inner.__qualname__)
import inspect
def f[T](a: T, *args: T, k: int = 3) -> T: pass
print(inspect.signature(f))
def gen[T](x: T):
    yield x
print(gen.__qualname__, list(gen(5)))
try:
    def bad[T: 1](): pass
    print(bad.__type_params__[0].__bound__)
except Exception as e:
    print(type(e).__name__, e)
