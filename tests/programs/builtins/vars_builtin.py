# vars(): instance __dict__, class mappingproxy, module dict, errors
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
c = C()
print(vars(c), vars(c) is c.__dict__)
vars(c)["dynamic"] = "added through vars()"
print(c.dynamic)
cv = vars(C)
print(type(cv).__name__, "cls_attr" in cv, "__init__" in cv)
try:
    cv["new"] = 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
import math
print(vars(math)["pi"] == math.pi, type(vars(math)).__name__)
for bad in (5, "s", [], None):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__ + ":", e)
def f():
    local1 = 1
    local2 = "two"
    return vars()
print(f())
print(vars() is globals())
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Custom:
    def __init__(self):
        self.__dict__ = {"replaced": True}
print(vars(Custom()))
import types
ns = types.SimpleNamespace(x=1, y=2)
print(vars(ns))
class WithDictProp:
    @property
    def __dict__(self):
        return {"fake": "dict"}
print(vars(WithDictProp()))
print(sorted(vars(type("T", (), {"q": 1}))))
