# __hash__ and __eq__: hashability rules, dict/set behaviour
class NoEq:
    pass
print(hash(NoEq()) is not None, NoEq.__hash__ is object.__hash__)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "replaced"
d[Key(2, 1)] = "other"
print(d)
print(Key(1, 2) in d, Key(3, 3) in d, len({Key(0, 0), Key(0, 0), Key(0, 1)}))
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"C{self.v}"
s = {Collide(1), Collide(2), Collide(1)}
print(sorted(s, key=lambda c: c.v))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Parent:
    def __eq__(self, o):
        return False
    def __hash__(self):
        return 7
class Child(Parent):
    def __eq__(self, o):
        return True
print(Child.__hash__)
class Child2(Parent):
    pass
print(hash(Child2()))
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
