# Fraction: literals, mixed-type arithmetic and its result types, division by zero, powers,
# rounding, limit_denominator, hashes equal to int/float hashes, formatting, subclasses, pickling.
import copy
import math
import pickle
from fractions import Fraction as F


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as e:
        print(label, type(e).__name__, e)


for text in ['3/4', ' -6/8 ', '+1_000/3_0', '1 / 2', '.5', '5.', '1.25e-3', '-2E+2', '1_0.0_1e1_0', '\t7\n',
             '1/-2', '1__0', '_1', '1.5/2', '.', '1e', 'inf', 'nan', '0x10', '1/0', '', ' ', '3/4/5']:
    attempt(repr(text), lambda: F(text))
for args in [(3, -6), (0, 5), (F(1, 2), F(3, 4)), (True, 3), (1.5,), (-0.1,), (2 ** 70, 6)]:
    attempt('F%r' % (args,), lambda: F(*args))
for bad in [(1.5, 2), ('1', 2), (1, 0), (0, 0), ([],), (2j,), (float('inf'),), (float('nan'),)]:
    attempt('F%r' % (bad,), lambda: F(*bad))

x, y = F(7, 3), F(-2, 5)
for other in [y, 4, True, 0.5, 2 + 1j, F(0), 0]:
    for name, op in [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
                     ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
                     ('divmod', divmod)]:
        attempt('x %s %r' % (name, other), lambda: op(x, other))
        attempt('%r %s x' % (other, name), lambda: op(other, x))
for base, power in [(x, 3), (x, -2), (y, -3), (F(0), 2), (x, F(1, 2)), (x, 0.5), (4, F(1, 2)), (4, F(3)),
                    (F(-8), F(1, 3)), (2.0, x), (x, 1j), (F(0), -1), (F(0), -2)]:
    attempt('%r ** %r' % (base, power), lambda: base ** power)
attempt('pow mod', lambda: pow(x, 2, 5))
print(-x, +y, abs(y), int(x), int(-x), math.trunc(-x), math.floor(-x), math.ceil(-x), round(x), round(F(5, 2)), round(F(7, 2)))
print(round(F(12345, 1000), 2), round(F(-12345, 1000), -1), round(F(25, 10), 0), round(F(-5, 2)), float(x), complex(y), bool(F(0)))
print(x.is_integer(), F(4, 2).is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate(), x.numerator, x.denominator)
print(x < y, x > 2, x <= F(7, 3), x >= 2.5, x == F(14, 6), x != 2.3333, y < 0.0, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, x < math.inf, x > -math.inf, x == math.nan, x < math.nan)
attempt('lt str', lambda: x < 'a')
print(x == 'a', F(3) == 3, 3 == F(3), F(1, 3) == 1 / 3)
pi = F(math.pi)
print(pi, [pi.limit_denominator(m) for m in (1, 7, 100, 113, 1000, 10 ** 6)], F(-13, 7).limit_denominator(2), F(3, 8).limit_denominator(5))
attempt('limit 0', lambda: x.limit_denominator(0))
for value in [F(1, 2), F(-1, 2), F(3), F(-1), F(1, 3), F(10 ** 30, 7), F(2 ** 61 - 1, 3), F(1, 2 ** 61 - 1), F(-1, 2 ** 61 - 1)]:
    print(value, hash(value), hash(value) == hash(float(value)) if value.denominator & (value.denominator - 1) == 0 else '-')
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1), {F(1, 2): 'a'}[0.5])
print(F.from_float(0.1), F.from_float(-3), F.from_decimal(7), F(1e300).denominator, F(5e-324).numerator)
attempt('from_float str', lambda: F.from_float('0.5'))
attempt('from_decimal float', lambda: F.from_decimal(0.5))
attempt('from_float inf', lambda: F.from_float(math.inf))
for spec in ['', '10', '<10', '^+12', '#', '_', ',', '*>12,', 'e', '.3f', '+.2%', '010.2f', '<010.2f', '.0g', '#.3g', 'z.1f', ' ,.2F', '.2E', '08', '0', '=12.4',
             '.3d', 'x^15.5e']:
    attempt('format %r' % spec, lambda: (format(F(-22, 7), spec), format(F(1234567, 8), spec), format(F(0), spec)))


class Ratio(F):
    def __repr__(self):
        return 'Ratio:' + str(self)


r = Ratio(6, 4)
print(repr(r), type(r + 1).__name__, type(-r).__name__, type(r.limit_denominator(1)).__name__, type(Ratio.from_float(0.25)).__name__,
      repr(Ratio.from_float(0.25)), type(copy.copy(r)).__name__, type(round(r, 1)).__name__)
print(pickle.loads(pickle.dumps(r)), pickle.loads(pickle.dumps(x)) == x, copy.copy(x) is x, copy.deepcopy(x) is x, r.__reduce__())
