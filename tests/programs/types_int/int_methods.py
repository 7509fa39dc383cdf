# int methods and attributes
n = 42
print(n.bit_length(), n.bit_count(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(n.as_integer_ratio(), (-7).as_integer_ratio(), n.is_integer(), (0).is_integer())
print((-42).bit_length(), (2 ** 1000).bit_length(), (1).bit_length(), (-1).bit_length())
print(int.__add__(2, 3), (5).__mul__(4), (5).__rsub__(10), (7).__floordiv__(2), (7).__mod__(-3), (2).__pow__(10))
print((5).__eq__(5.0), (5).__lt__(6), (5).__eq__("5"), (5).__add__(1.5), (3).__index__(), (3).__int__())
print((3).__float__(), (3).__bool__(), (0).__bool__(), (-3).__abs__(), (3).__neg__(), (3).__invert__())
print((17).__divmod__(5), (17).__rdivmod__(100), (3).__round__(), (1234).__round__(-2), (1250).__round__(-2))
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (255).__format__("x"), (255).__format__(""))
print(int.__name__, type(n).__name__, isinstance(n, int), (10).__sizeof__() > 0)
print((10 ** 100).__hash__() == hash(10 ** 100), hash(-1) == -2)
print(int.from_bytes(b"\x2a", "big") == n, n.to_bytes(1, "big"))
print((12).__and__(10), (12).__or__(3), (12).__xor__(5), (1).__lshift__(10), (1024).__rshift__(3))
print(sorted(m for m in dir(int) if not m.startswith("_")))
print((True).bit_length(), (False).as_integer_ratio(), True.numerator)
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    n.real = 5
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(int.__new__(int, 7), int.__new__(int), int(n) is n)
