# abs() on ints, floats, complex, bools, big ints and custom types
print(abs(5), abs(-5), abs(0), abs(-0))
print(abs(3.5), abs(-3.5), abs(-0.0), abs(float("-inf")), abs(float("nan")))
print(abs(3 + 4j), abs(-5j), abs(complex(-1, -1)), abs(0j))
print(abs(True), abs(False), type(abs(True)).__name__)
print(abs(-2 ** 100), abs(-(2 ** 63)), abs(-9223372036854775808))
print(abs(-1e308), abs(-5e-324))
class Dist:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return f"|{self.v}|"
print(abs(Dist(-3)))
print(abs(-7) == (-7).__abs__(), (-2.5).__abs__())
for bad in ("s", None, [1], {}):
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    abs(x=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class IntSub(int):
    pass
print(abs(IntSub(-7)), type(abs(IntSub(-7))).__name__)
print(abs(complex(3e100, 4e100)), abs(complex(1e-320, 0)))
print([abs(x) for x in range(-3, 4)])
