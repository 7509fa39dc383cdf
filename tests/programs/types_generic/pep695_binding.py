# PEP 695 with postponed annotations, global/nonlocal targets, private names; type.__type_params__.
from __future__ import annotations
def f[T](x: T) -> list[T]: pass
print(f.__annotations__, f.__type_params__)
def outer():
    global g
    def g[T](): return 1
outer()
print(g(), g.__qualname__)
def outer2():
    h = None
    def inner():
        nonlocal h
        def h[T](): return 2
    inner()
    return h
print(outer2()(), outer2().__qualname__)
class C:
    def __m[T](self): return T
    def call(self): return self.__m()
print(C().call(), C._C__m.__qualname__)
try:
    int.__type_params__ = ()
except TypeError as e:
    print("TypeError", e)
