# divmod() with ints, floats, negatives and errors
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (10 ** 20, 7), (-(10 ** 20), 7)]:
    q, r = divmod(a, b)
    print(f"divmod({a}, {b}) = {(q, r)}  check: {q * b + r == a}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-0.0, 1.0), (5, 0.5)]:
    print(f"divmod({a}, {b}) = {divmod(a, b)}")
print(divmod(True, 2), divmod(7, True))
for a, b in [(1, 0), (1.0, 0.0), (0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__ + ":", e)
for args in [("7", 2), (7, None), (1j, 1)]:
    try:
        divmod(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class D:
    def __divmod__(self, other):
        return ("custom", other)
    def __rdivmod__(self, other):
        return ("reflected", other)
print(divmod(D(), 3), divmod(3, D()))
print(divmod(float("inf"), 1.0), divmod(1.0, float("inf")), divmod(-1.0, float("inf")))
h, rem = divmod(3725, 3600)
m, s = divmod(rem, 60)
print(f"{h:02d}:{m:02d}:{s:02d}")
