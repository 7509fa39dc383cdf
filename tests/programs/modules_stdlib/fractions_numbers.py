# fractions.Fraction and the numbers ABCs: construction, arithmetic with every numeric type,
# comparisons, hashing, rounding, limit_denominator, formatting and errors.
import copy
import math
import numbers
import pickle
from fractions import Fraction as F

print(isinstance(3, numbers.Integral), isinstance(3.0, numbers.Real), isinstance(3.0, numbers.Rational),
      isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), isinstance('3', numbers.Number),
      issubclass(F, numbers.Rational), isinstance(F(1, 2), numbers.Integral))

for args in [(3, 4), (-6, 8), (6, -8), (0, 5), (7,), ('3/4',), (' -1.25e2 ',), ('1_000/3',), ('.5',), ('2.',), (0.1,),
             (F(1, 3), F(1, 6)), (2.5,), (-0.0,), ('-7',), ('1e-3',)]:
    f = F(*args)
    print(repr(f), str(f), f.numerator, f.denominator)
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F('1/0'), lambda: F(1.5, 2), lambda: F([1]),
            lambda: F(float('inf')), lambda: F(float('nan')), lambda: F('1/2/3'), lambda: F('1 /2')]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2, b ** F(2), (-a) ** -3)
print(a + 1, 1 + a, a - 1, 2 * a, 1 / a, 7 // a, 7 % b, a + 0.5, 0.5 + a, a * 1j, 2 ** F(1, 2), F(4) ** 0.5, a ** 0.5)
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, F(1, 2) == 0.5 + 0j, a < b, a <= 0.34, b > 0.75, b >= 1, F(1, 2) < float('inf'),
      F(1, 2) == float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1, 3)), hash(F(1, 3)), hash(F(-1)))
print(abs(F(-3, 4)), -F(3, 4), +F(3, 4), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)),
      round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1), float(F(1, 3)), bool(F(0)))
print(F(math.pi).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(2),
      F(0.1).limit_denominator(), F('3.14159').limit_denominator(7))
print(F(3, 4).as_integer_ratio(), F(4, 2).is_integer(), F(1, 2).is_integer(), F.from_float(0.25), F.from_float(3),
      sum([F(1, n) for n in range(1, 11)]), sorted([F(1, 2), 0.3, 1, F(1, 3)]))
for spec in ['', '>10', '<10', '^11', '+', '#', '_', 'f', '.2f', '10.3f', 'e', '.3e', 'E', 'g', '.3g', '#g', '%', '.1%',
             '+.2f', '010.2f', ',.2f', 'z.1f', '*^12.4f', '=+10.1f', 'G', '.0f', '.0e']:
    print(repr(spec), [format(x, spec) for x in (F(1, 3), F(-22, 7), F(123456789, 10), F(0), F(1, 8000000), F(-1, 1000))])
try:
    format(F(1, 3), 'd')
except ValueError as e:
    print('ValueError', e)
print(copy.copy(a) is a, copy.deepcopy(b) == b, pickle.loads(pickle.dumps(F(-5, 7))))
class Sub(F):
    pass
s = Sub(1, 2)
print(type(s + 1).__name__, repr(s), copy.copy(s) == s, type(copy.copy(s)).__name__)
