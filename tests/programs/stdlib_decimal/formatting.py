# format(Decimal, spec) and f-strings: every presentation type, fill/align/sign/z/#/0/width,
# ',' grouping and precision, under two rounding modes of the current context.
from decimal import Decimal, getcontext, ROUND_HALF_EVEN, ROUND_DOWN, localcontext

values = ['0', '-0', '1', '-1', '0.5', '2.5', '1234567.891', '1E+5', '1.000', '-0.00', '0E-7',
          '0E+3', 'Inf', '-Inf', 'NaN', '-NaN7', '123456789', '0.000001234', '9.9999',
          '-9.9999', '1E-9', '99.5', '1234.5678', '1E+20', '0.1', '12.34E-10']
specs = ['', 'f', '.2f', '.0f', 'F', 'e', '.3e', 'E', 'g', '.3g', '.0g', 'G', '%', '.1%', ',',
         ',.2f', '10', '<10', '^12.3f', '+', ' ', '+.2e', '010.2f', '012,.2f', 'z.1f', '#.0f',
         '*>15,.3f', '.5', '.1', 'n', '.3n', '020', '-^20,f', '.30f', '.25e', '#g', '.2']
for mode in (ROUND_HALF_EVEN, ROUND_DOWN):
    with localcontext(rounding=mode):
        for v in values:
            d = Decimal(v)
            print(mode, v, [format(d, s) for s in specs])
for bad in ('_', 'x', '.f', ',n', '10.2d'):
    try:
        format(Decimal('1.5'), bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
price = Decimal('1234.5')
print(f'{price:,.2f} {price:>12} {price:.3e} {price!r} {price!s:>10}')
with localcontext(capitals=0):
    print(format(Decimal('1E+5'), ''), format(Decimal('1E+5'), 'G'))
