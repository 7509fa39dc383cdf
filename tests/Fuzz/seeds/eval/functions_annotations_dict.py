# The __annotations__ dictionary of functions
def f(a: int, b: str = "x", *args: float, c: "forward" = None, **kw: bool) -> list:
    pass
print(f.__annotations__)
print(list(f.__annotations__))
def g(x, y):
    pass
print(g.__annotations__)
def h() -> None:
    pass
print(h.__annotations__)
def complex_ann(x: list[int], y: dict[str, tuple[int, ...]], z: int | None) -> "Result":
    pass
for k, v in complex_ann.__annotations__.items():
    print(k, repr(v))
def side_effect():
    print("evaluated at definition time")
    return int
def annotated(p: side_effect()):
    pass
print(annotated.__annotations__)
f.__annotations__["new"] = int
print(sorted(f.__annotations__))
h.__annotations__ = {"replaced": str}
print(h.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
def pos(a: int, /, b: int, *, c: int):
    pass
print(pos.__annotations__)
class C:
    def m(self, v: "C") -> "C":
        return self
print(C.m.__annotations__)
def uses_ann(x: int) -> int:
    return x + 1
print(uses_ann("won't be checked" and 1))
try:
    h.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
