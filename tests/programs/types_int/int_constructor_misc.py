# Miscellaneous int behaviour: identity-free caching, int subclasses, numbers tower
print(isinstance(5, int), isinstance(5, float), isinstance(True, int), isinstance(5.0, int))
class Celsius(int):
    def __add__(self, other):
        return Celsius(int(self) + int(other))
    def __repr__(self):
        return f"Celsius({int(self)})"
c = Celsius(20) + 5
print(c, type(c).__name__, c * 2, type(c * 2).__name__, int(c), c == 25)
class Flags(int):
    pass
f = Flags(6)
print(f & 3, type(f & 3).__name__, f.bit_length(), isinstance(f, int), str(f), repr(f))
print(int.__mro__, Flags.__mro__[1].__name__)
print((5).numerator, (5).denominator, (5).real, (5).imag)
values = [int(x) for x in ["10", "-3", "0", "  7"]]
print(values, sum(values), sorted(values), max(values, key=abs))
print(int(3.9999999999999996), int(3.999999999999999), int(-3.5), int(1e3), int(float("1e15")))
print(round(123456, -3), round(-123456, -3), round(15, -1), round(25, -1), round(-25, -1))
print(abs(-0), -0 == 0, 0 * -1, str(0 * -1))
print(int.__doc__.splitlines()[0])
print(list(map(int, "0123456789")), int("1" * 20) % 9)
digits = [int(d) for d in str(2 ** 100)]
print(digits[:10], sum(digits), len(digits))
print(sum(range(1, 101)) == 100 * 101 // 2, 1 + 2 * 3 - 4 // 2 % 3 ** 2)
