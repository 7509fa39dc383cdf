# dir() on user classes, instances, modules, and with __dir__
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
    def child_method(self):
        pass
def public(names):
    return [n for n in names if not n.startswith("__")]
print(public(dir(Child)))
print(public(dir(Child())))
print(public(dir(Base)))
print(dir(Child) == sorted(dir(Child)))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class CustomTuple:
    def __dir__(self):
        return ("b", "a")
print(dir(CustomTuple()))
def fn():
    a = 1
    b = 2
    return dir()
print(fn())
print(public(dir([]))[:6])
print(public(dir(int))[:8])
print("__init__" in dir(Child), "__dict__" in dir(Child()), "__slots__" in dir(Child))
class Slotted:
    __slots__ = ("s1", "s2")
print(public(dir(Slotted)))
import math
print([n for n in dir(math) if n.startswith("f")])
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
o = Child()
o.dynamic = 1
print("dynamic" in dir(o), "dynamic" in dir(Child))
print(public(dir(type("T", (), {"x": 1, "y": 2}))))
