# Annotated assignments and __annotations__
x: int = 5
y: "str"
z: list[int] = [1, 2]
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__ + ":", e)
class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point.__annotations__)
print(Point.y, Point.label, hasattr(Point, "x"))
def f(a: int, b: "float" = 1.0, *args: str, c: bool = True, **kw: dict) -> None:
    local: int = 3
    return local
print(f.__annotations__)
print(f(1))
def g():
    v: int
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
obj = Point()
obj.label: str = "annotated attribute"
print(obj.label)
d = {}
d["key"]: int = 10
print(d)
(paren): int = 7
print(paren, "paren" in __annotations__)
count: int = 0
for i in range(3):
    count += i
print(count)
print(sorted(__annotations__))
