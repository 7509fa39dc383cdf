# Subclassing int, float, str, tuple: __new__ for immutables, operations return base types
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), type(e).__name__, type(e + 2).__name__, isinstance(e, int))
try:
    Even(3)
except ValueError as err:
    print(type(err).__name__ + ":", err)
class Name(str):
    def greet(self):
        return "Hello " + self
n = Name("world")
print(n.greet(), n.upper(), type(n.upper()).__name__, type(n + "!").__name__, len(n))
print(n == "world", hash(n) == hash("world"), {"world": 1}[n])
class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}C"
c = Celsius(21.456)
print(repr(c), c + 1, str(c), [c])
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p + (3,), type(p[:1]).__name__)
class MyBool(int):
    def __bool__(self):
        return False
print(bool(MyBool(5)), MyBool(5) + 1)
class Ident(str):
    def __new__(cls, s):
        return super().__new__(cls, s.strip().lower())
    def __init__(self, s):
        self.original = s
i = Ident("  MixedCase ")
print(repr(i), i.original)
class Big(int):
    pass
b = Big(2 ** 80)
print(b, b.bit_length(), type(b * 2).__name__)
class IntWithRepr(int):
    def __repr__(self):
        return f"IntWithRepr({int(self)})"
    __str__ = __repr__
print(IntWithRepr(5), f"{IntWithRepr(5)}", f"{IntWithRepr(5)!r}", f"{IntWithRepr(5):03d}")
print(int(Even(4)).__class__.__name__, str(n).__class__.__name__)
class Bytes(bytes):
    def shout(self):
        return self.upper()
print(Bytes(b"ab").shout(), type(Bytes(b"ab").shout()).__name__)
