# Data and non-data descriptors: __get__, __set__, __delete__, precedence
class Data:
    def __get__(self, obj, objtype=None):
        print("  Data.__get__", obj is None, objtype.__name__)
        return "data value" if obj is not None else self
    def __set__(self, obj, value):
        print("  Data.__set__", value)
        obj.__dict__["_data"] = value
    def __delete__(self, obj):
        print("  Data.__delete__")
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"
class Host:
    d = Data()
    n = NonData()
h = Host()
print(h.d)
h.d = 5
print(h.__dict__)
h.__dict__["d"] = "instance dict"
print(h.d)
del h.d
print(h.n)
h.n = "shadowed"
print(h.n)
del h.n
print(h.n)
print(type(Host.d).__name__, Host.n)
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
p = Person()
print(p.name)
p.name = "Ann"
p.age = 30
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__ + ":", e)
class GetOnly:
    def __get__(self, obj, objtype=None):
        return 1
class SetOnly:
    def __set__(self, obj, value):
        print("  SetOnly.__set__", value)
class Host2:
    g = GetOnly()
    s = SetOnly()
x = Host2()
x.s = 9
print(type(x.s).__name__)
def f(self):
    return "function is a non-data descriptor"
bound = f.__get__(x, Host2)
print(bound(), type(bound).__name__)
print(f.__get__(None, Host2) is f)
print(Host2.__dict__["g"].__get__(None, Host2))
