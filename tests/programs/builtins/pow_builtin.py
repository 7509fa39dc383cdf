# pow(): two and three argument forms, negative exponents, modular inverse
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -3), pow(0, 0), pow(2.5, 2), pow(4, 0.5))
print(pow(2, 100), pow(3, 200) % 1000, pow(10, 20) == 10 ** 20)
print(pow(2, 10, 1000), pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(7, 0, 1), pow(0, 0, 5))
print(pow(3, -1, 7), pow(2, -1, 5), pow(10, -2, 17), (pow(38, -1, 97) * 38) % 97)
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print(pow(-8, 1 / 3) if False else "skip complex cube root", pow(2, 0.5), pow(-1, 0.5).__class__.__name__)
print(pow(True, 2), pow(2, True), pow(1.5, -2))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5)]:
    try:
        pow(*args)
    except ValueError as e:
        print(args, type(e).__name__ + ":", e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3)]:
    try:
        pow(*args)
    except TypeError as e:
        print(args, type(e).__name__ + ":", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    pow(0.0, -1.5)
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()))
print(2 ** -2, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, (1e10) ** 2, 10 ** -1)
print(pow(2, 64) - 1 == 18446744073709551615, pow(-1, 10 ** 10), pow(-1, 10 ** 10 + 1))
