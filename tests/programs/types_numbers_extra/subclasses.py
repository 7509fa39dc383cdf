# Subclasses of int, float and complex; user classes converting through __int__, __index__,
# __float__, __complex__ and __trunc__.
class MyInt(int):
    def double(self):
        return self * 2


class Celsius(float):
    def __repr__(self):
        return f"Celsius({float(self)!r})"


class Z(complex):
    pass


a = MyInt(21)
print(a, repr(a), type(a).__name__, a.double(), type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__)
print(isinstance(a, int), a == 21, hash(a) == hash(21), a.bit_length(), a.real, type(a.real).__name__)
a.note = "has a dict"
print(a.note, a.__dict__)
print(MyInt("ff", 16), MyInt(3.9), MyInt(), MyInt(True), type(MyInt(5)).__name__)
print(int(a), type(int(a)).__name__, float(a), str(a), format(a, "05d"), f"{a:x}")
print(divmod(a, 4), a // 4, a % 4, a ** 2, a << 1, a >> 1, a & 3, a | 64, a ^ 1, ~a)
print(sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(3), 4.5), MyInt(7).to_bytes(2, "big"))
print(MyInt.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)

c = Celsius(36.6)
print(c, str(c), repr(c), c + 1, type(c + 1).__name__, c * 2, round(c), round(c, 0), type(round(c, 0)).__name__)
print(Celsius("1e3"), Celsius(2), Celsius(), c.is_integer(), c.hex(), c.as_integer_ratio())
print(Celsius.fromhex("0x1.8p1"), type(Celsius.fromhex("0x1p0")).__name__, f"{c:.3f}", format(c, ""))
c.unit = "C"
print(c.unit, int(c), float(c), type(float(c)).__name__, c == 36.6, hash(c) == hash(36.6))

z = Z(1, 2)
print(z, repr(z), type(z).__name__, z + 1, type(z + 1).__name__, z.conjugate(), abs(Z(3, 4)), Z("2+3j"), Z())
print(complex(z), type(complex(z)).__name__, z == 1 + 2j, hash(z) == hash(1 + 2j))


class Index:
    def __index__(self):
        return 7


class IntLike:
    def __int__(self):
        return 42


class FloatLike:
    def __float__(self):
        return 2.5


class ComplexLike:
    def __complex__(self):
        return 1 - 1j


print(int(Index()), float(Index()), complex(Index()), int(IntLike()), float(FloatLike()), complex(FloatLike()))
print(complex(ComplexLike()), bin(Index()), hex(Index()), [0, 1, 2, 3, 4, 5, 6, 7, 8][Index()], round(2.5, Index()))
print(int("12", Index()), (10).to_bytes(Index(), "little"), 3 * Index() if False else "skip")
for bad in (IntLike, FloatLike, ComplexLike):
    for conv in (int, float, complex):
        try:
            print(conv.__name__, bad.__name__, conv(bad()))
        except TypeError as e:
            print(conv.__name__, bad.__name__, "TypeError:", e)


class BadInt:
    def __int__(self):
        return "x"


class BadFloat:
    def __float__(self):
        return 1


class BadIndex:
    def __index__(self):
        return 1.5


for f, o in [(int, BadInt()), (float, BadFloat()), (int, BadIndex()), (float, BadIndex())]:
    try:
        f(o)
    except TypeError as e:
        print(type(o).__name__, "TypeError:", e)
print(int.__new__(MyInt, 5), type(int.__new__(MyInt, 5)).__name__, float.__new__(Celsius, 1.5))
for args in [(bool, 1), (int, 1), (str, 1)]:
    try:
        print(args[0].__name__, int.__new__(*args) if args[0] is not int else int.__new__(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
