# int(), float(), round(), math.floor/ceil/trunc, bool, hash (equal to int/float/Fraction hashes
# of equal values), comparisons with int, float and Fraction, as_integer_ratio.
import math
from decimal import Decimal, localcontext, FloatOperation, InvalidOperation, getcontext
from fractions import Fraction

values = ['0', '-0', '2.5', '-2.5', '3.5', '1.000', '123.456', '-0.0001', '1E+3', '99999.9999',
          '-7.5', '0.5', '1.5', '12345678901234567890.5']
for t in values:
    d = Decimal(t)
    print(t, int(d), float(d), round(d), round(d, 1), round(d, -1), math.floor(d), math.ceil(d),
          math.trunc(d), bool(d), d.as_integer_ratio())

for t in ['NaN', 'sNaN', 'Infinity', '-Infinity']:
    d = Decimal(t)
    for f in (int, round, d.as_integer_ratio.__call__ and (lambda x: x.as_integer_ratio()),
              math.floor):
        try:
            print(t, f(d))
        except (ValueError, OverflowError, TypeError) as e:
            print(t, type(e).__name__, e)
    try:
        print(t, float(d))
    except ValueError as e:
        print(t, 'ValueError', e)

for t in ['0', '1', '-1', '2.5', '0.1', '1E+20', '-1E-20', '123456789.123456789', '1E+400',
          'Infinity', '-Infinity', '1.000', '100E-2']:
    d = Decimal(t)
    r = Fraction(d) if d.is_finite() else None
    print(t, hash(d), r is None or hash(d) == hash(r),
          d.is_finite() and d == int(d) and hash(d) == hash(int(d)))
print(hash(Decimal('0.5')) == hash(0.5), hash(Decimal('-2.25')) == hash(-2.25))
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)
print(hash(Decimal(-1)), hash(Decimal('-1.0')))

pairs = [(Decimal('1.5'), 1.5), (Decimal('0.1'), 0.1), (Decimal(2), 2), (Decimal('2.0'), 2),
         (Decimal('1.5'), Fraction(3, 2)), (Decimal('0.3'), Fraction(1, 3)),
         (Decimal('-1'), -1.0), (Decimal('Infinity'), float('inf')), (Decimal('NaN'), 1),
         (Decimal('1'), 1 + 0j), (Decimal('1'), 1 + 1j)]
for a, b in pairs:
    row = [a == b, a != b, b == a]
    for op in ('<', '<=', '>', '>='):
        try:
            row.append(eval('a %s b' % op))
        except (TypeError, InvalidOperation) as e:
            row.append(type(e).__name__)
    print(repr(a), repr(b), row)

with localcontext() as c:
    c.traps[FloatOperation] = True
    print(Decimal('1.5') == 1.5)
    for f in (lambda: Decimal('1.5') < 1.5, lambda: Decimal(0.5)):
        try:
            f()
        except FloatOperation as e:
            print('FloatOperation', e)
    print(Decimal.from_float(0.5))
with localcontext() as c:
    c.clear_flags()
    print(Decimal('1') < 2.0, c.flags[FloatOperation])
print(sorted([Decimal('2.5'), 1, Decimal('-3'), 2.0, Fraction(1, 3)]))
print(max(Decimal('1.10'), Decimal('1.1')), min([Decimal(3), Decimal('2.9')]))
