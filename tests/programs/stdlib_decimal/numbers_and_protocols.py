# Decimal among the other numbers: numbers.Number (not Real), Fraction(Decimal), statistics with
# Decimal data, pickling and copy, subclasses, from_float, as_integer_ratio, sum and sorting.
import copy, numbers, pickle, statistics
from decimal import Decimal, Context, localcontext, getcontext, ROUND_UP
from fractions import Fraction

d = Decimal('3.14')
print(isinstance(d, numbers.Number), isinstance(d, numbers.Real), isinstance(d, numbers.Rational))
print(Fraction(d), Fraction(Decimal('-0.125')), Fraction.from_decimal(Decimal('1E+3')))
try:
    Fraction(Decimal('NaN'))
except ValueError as e:
    print('ValueError', e)
data = [Decimal('1.5'), Decimal('2.25'), Decimal('3'), Decimal('4.75')]
print(statistics.mean(data), statistics.median(data), statistics.fmean(data))
print(repr(statistics.mean(data)), repr(statistics.median(data)))
print(sum(data), sum(data, Decimal('0.00')), sorted(data, reverse=True))

for x in (Decimal('1.10'), Decimal('-0'), Decimal('NaN5'), Decimal('-Infinity'),
          Decimal('1E+400')):
    s = pickle.dumps(x)
    y = pickle.loads(s)
    print(repr(y), type(y).__name__, str(y) == str(x), copy.copy(x) is x,
          repr(copy.deepcopy(x)))
c = Context(prec=7, rounding=ROUND_UP)
c2 = pickle.loads(pickle.dumps(c))
print(c2, copy.copy(c) is not c)


class Money(Decimal):
    def __repr__(self):
        return f'Money({str(self)!r})'


m = Money('2.50')
print(repr(m), type(m).__name__, isinstance(m, Decimal), type(m + 1).__name__,
      type(-m).__name__, repr(pickle.loads(pickle.dumps(m))), repr(copy.copy(m)))
print(repr(Money.from_float(0.25)), type(Money.from_float(0.25)).__name__)
print(Decimal.from_float(0.1), Decimal.from_float(3), Decimal(2).as_integer_ratio(),
      Decimal('-0.75').as_integer_ratio())
try:
    Decimal.from_float('1')
except TypeError as e:
    print('TypeError', e)
print(d.real, d.imag, d.conjugate(), complex(d), d.radix(), d.is_canonical(), d.canonical())
with localcontext() as ctx:
    ctx.prec = 6
    print(ctx.create_decimal('3.14159265'), ctx.create_decimal(12345678),
          ctx.create_decimal_from_float(0.1), Decimal('3.14159265') + 0)
# money: sums of prices, tax rounded with quantize
prices = [Decimal('19.99'), Decimal('5.01'), Decimal('0.10')] * 7
total = sum(prices)
tax = (total * Decimal('0.0825')).quantize(Decimal('0.01'))
print(total, tax, total + tax, (total / 3).quantize(Decimal('0.01'), rounding=ROUND_UP))
print(dict.fromkeys([Decimal('1.0'), 1, 1.0, Fraction(1)]))
print({Decimal('0.5'): 'half'}[0.5], Decimal(10) in {10}, Decimal('2.5') in {2.5})
