# property with getter, setter, deleter; read-only; property() call form
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__ + ":", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)
class Old:
    def _get(self):
        return self._x * 2
    def _set(self, v):
        self._x = v
    x = property(_get, _set, None, "x doc")
o = Old()
o.x = 21
print(o.x, Old.x.__doc__)
class Cached:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
c = Cached()
c.value; c.value
print(c.computed)
try:
    c.__dict__["value"] = "instance"
    print(c.value)
except Exception as e:
    print(type(e).__name__, e)
class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub(5)
print(s.celsius)
s.celsius = 7
print(s.celsius)
p = property()
try:
    p.__get__(o, Old)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
