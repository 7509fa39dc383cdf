# Booleans in arithmetic and as integers
print(True + True, True - False, True * 10, False * 10, True / 2, True // 1, True % 2, True ** 5, False ** 0)
print(-True, +True, ~True, ~False, abs(-True), True << 2, True >> 1)
print(type(True + True).__name__, type(True * 1.0).__name__, type(-True).__name__, type(True & True).__name__)
print(sum([True, True, True, False]), sum(x > 2 for x in range(6)), [True] * 3)
print(True == 1, False == 0, True == 1.0, True is True, True != 2, True > False, False < 0.5)
print(int(True), float(True), complex(True), str(True), repr(False), bool("False"))
print(divmod(True, True), pow(True, 100), round(True), max(True, 0), min(False, -1))
print("abc"[True], "abc"[False], [10, 20][True], (5, 6)[-True])
print({True: "yes", False: "no"}[3 > 2], {1: "one"}[True], {True: 1, 1: 2})
print(True + 0.5, True * 2j, True / 3 * 3 == 1)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__, len(bool.__mro__))
print(True & 1, True | 2, True ^ 1, type(True ^ 1).__name__, False | False, type(False | False).__name__)
print(f"{True:d} {True:5} {False:>6} {True!r} {True:.2f}")
print("%d %s %r %i" % (True, True, False, False))
print(bin(True), hex(True), oct(False), True.bit_length(), True.to_bytes(1, "big"))
print(hash(True), hash(False), True.__class__.__name__, True.__add__(True))
count = 0
for v in [1, 0, 3, 0, 5]:
    count += bool(v)
print(count, sum(map(bool, [1, 0, 3, 0, 5])))
print([x for x in range(5) if x % 2 == True], (3 > 2) + (2 > 1) + (1 > 0))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
