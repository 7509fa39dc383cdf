# hash() of ints, floats, tuples, bools, None-free deterministic values
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(1) == hash(1.0) == hash(True), hash(1 + 0j) == hash(1))
print(hash(complex(1, 2)))
print(hash(frozenset()) == hash(frozenset()), hash(range(3)) == hash(range(3)))
for bad in ([], {}, set(), bytearray(), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 64 + 5
print(hash(Big()))
class IntSub(int):
    pass
print(hash(IntSub(77)))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
print(len({0, 0.0, -0.0, False}))
print(hash(10 ** 18), hash(-(10 ** 18)), hash(123456789012345678901234567890))
