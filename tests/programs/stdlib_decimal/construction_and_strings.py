# Decimal construction from str (every form of the specification), int, float, tuple, and the
# string forms: repr, str, to_eng_string, as_tuple, adjusted.
from decimal import Decimal, getcontext, localcontext, InvalidOperation

texts = ['0', '-0', '+5', '1.23', '-1.230', '1E+5', '1e-7', '12.5E3', '.5', '5.', '-.0',
         '0E-7', '0E+4', '0.000001', '0.0000001', '123456789012345678901234567890.12345',
         '1_000_000.000_1', '  3.14  ', '\t-2\n', 'Inf', '-Infinity', 'iNfInItY', 'NaN',
         '-nan', 'NaN123', 'sNaN', '-sNaN0045', '1E+999999999', '9.99E-1000000',
         '\u0661\u0662\u0663', '1e', 'e5', '.', '1 2', 'infinit', 'NaNx', '--1', '0x10', '']
for t in texts:
    try:
        d = Decimal(t)
    except InvalidOperation as e:
        print(repr(t), 'InvalidOperation', e)
        continue
    print(repr(t), repr(d), str(d), d.to_eng_string(), d.as_tuple(), d.adjusted())

for n in (0, 7, -7, 10**30, -(2**100)):
    print(n, repr(Decimal(n)))
for f in (0.1, -0.5, 1e300, 5e-324, float('inf'), float('-inf'), 2.0**70, -0.0):
    print(f, repr(Decimal(f)), repr(Decimal.from_float(f)))
print(Decimal(float('nan')).is_nan(), Decimal(float('nan')).is_qnan())
for t in ((0, (1, 2, 3), -2), (1, (0,), 5), (0, (), 'F'), (1, (4, 2), 'n'), (0, (7,), 'N'),
          [0, [3, 1, 4], -2]):
    print(t, repr(Decimal(t)))
for bad in ((2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1,)), (0, 'ab', 0)):
    try:
        Decimal(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
for bad in (1j, None, b'1', object()):
    try:
        Decimal(bad)
    except TypeError as e:
        print(type(bad).__name__, 'TypeError', e)

# Engineering notation and the scientific threshold
for t in ['1E+1', '1E+2', '1E+3', '123E+5', '1E-8', '12E-9', '0E+1', '0E+2', '0E+3', '0E+4',
          '0E-7', '0E-8', '-0E-9', '0.000001', '0.0000001', '1234.5E-10', '5E+11']:
    d = Decimal(t)
    print(t, str(d), d.to_eng_string())

with localcontext() as c:
    c.capitals = 0
    print(str(Decimal('1E+10')), repr(Decimal('-3e-20')))
d = Decimal('7.5')
print(Decimal(d) is d, Decimal(d) == d)
with localcontext(traps=[]) as c:
    print(repr(Decimal('garbage')), c.flags[InvalidOperation])
