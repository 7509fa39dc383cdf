# bool semantics (bitwise ops keep bool, arithmetic gives int) and the introspectable surface of
# int, bool, float and complex: attributes, method results and types.
vals = [True, False]
for a in vals:
    for b in vals:
        print(a, b, a & b, a | b, a ^ b, type(a & b).__name__, a + b, a - b, a * b, a // 1, a ** b, divmod(a, 1), a < b, a == b)
print(True & 3, 3 & True, True | 2, False ^ 5, type(True & 3).__name__, True.__and__(1), True.__rand__(False), True.__or__(1.0))
print(-True, +True, abs(False), int(True), float(False), complex(True), str(True), repr(False), f"{True}", f"{True:d}", f"{False!r:>7}")
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(0j), bool(""), bool("0"), bool([]), bool(None), bool(float("nan")), bool(1e-320))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.as_integer_ratio(), True.conjugate(), type(True.real).__name__)
print(hash(True), hash(False), {True: "a", 1: "b", 1.0: "c"}, set([0, False, 0.0, 0j]), True is bool(1), bool.__mro__)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, True.__class__ is bool, bool.__base__.__name__)


class Truthy:
    def __bool__(self):
        return False


class Sized:
    def __len__(self):
        return 3


class BadBool:
    def __bool__(self):
        return 1


print(bool(Truthy()), bool(Sized()), not Sized(), bool(object()))
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
for name in ["int", "float", "complex", "bool"]:
    t = eval(name)
    print(name, sorted(k for k in vars(t) if not k.startswith("__") or k in ("__round__", "__trunc__", "__floor__", "__ceil__", "__index__", "__float__", "__complex__", "__getnewargs__")))
for v in [0, -5, 2**70, 1.25, -0.0, float("inf"), 3 - 4j]:
    print(repr(v), v.real, v.imag, v.conjugate(), v.__getnewargs__(), type(v.real).__name__, v == v.real + v.imag * 1j)
print((5).__index__(), (5).__int__(), (5).__float__(), (-5).__abs__(), (5).__neg__(), (5).__pos__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((2.5).__int__(), (2.5).__float__(), (-2.5).__abs__(), (2.5).__neg__(), (2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__(), (-2.5).__ceil__())
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (1234.5).__round__(-1), (-0.5).__round__(), (0.5).__round__(0), (1e300).__round__(-299))
print((7).__divmod__(2), (7).__rdivmod__(2), (7.0).__divmod__(2), (2).__truediv__(4), (2).__rtruediv__(4), (2).__pow__(10), (2).__pow__(10, 1000))
print((1).__lt__(2), (1).__eq__(1.0), (1.0).__eq__(1), (1.5).__gt__(1), (1).__ge__(True), (1j).__eq__(1j), (1j).__ne__(0), (1 + 0j).__eq__(1))
print(int.__hash__(10), float.__hash__(10.0), complex.__hash__(10 + 0j), (2**64).__hash__(), (-1).__hash__(), (-1.0).__hash__())
print(int.bit_length(255), int.bit_count(-255), (2**100).bit_count(), (-(2**100)).bit_length(), float.is_integer(3.0), int.is_integer(3))
