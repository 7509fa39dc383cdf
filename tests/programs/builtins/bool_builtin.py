# bool(): conversion, bool as int subclass, operators on bools
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(0j), bool(1j))
print(bool(""), bool(" "), bool([]), bool([0]), bool({}), bool({0: 0}), bool(set()), bool(None))
print(bool(range(0)), bool(range(1)), bool(b""), bool(b"\x00"), bool(frozenset()))
print(True + True, True * 3, True / 2, True // 2, -True, ~True, True << 3)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0, (True is True) == 1)
print(hash(True) == hash(1), {True: "a", 1: "b"}, {1, True, 1.0})
print(str(True), repr(False), int(True), float(False), f"{True:d}", f"{True}")
print(True.real, True.imag, True.numerator, (True).bit_length())
print(sum([True, False, True, True]), max(False, True), sorted([True, False, True]))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(bool.__bases__[0].__name__, type(True).__name__)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(bool(x=5) if False else "bool takes no keyword args")
class C:
    def __bool__(self):
        return False
print(bool(C()), not C())
print(True.__and__(1), True.__or__(False), True.__xor__(True))
print(True == 1.0, True < 2, False < True, -False)
