# Arithmetic over operand lists x rounding modes x precisions (and small exponent limits):
# each result with the flags it raised.
from decimal import *

operands = ['0', '-0', '1', '-1', '0.5', '2.5', '-2.5', '7', '3', '10', '0.1', '1E-9',
            '123456789', '9.999', '1.000', '-0.00', 'Infinity', '-Infinity', 'NaN', '-sNaN7',
            '2', '0.25', '1E+5', '-98765.4321', '12345.6789', '5E-7']
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]


def flags(c):
    return ''.join(k.__name__[:3] for k, v in c.flags.items() if v)


def run(c, name, *args):
    c.clear_flags()
    try:
        r = getattr(c, name)(*args)
    except Exception as e:
        r = type(e).__name__
    return f'{r}/{flags(c)}'


binary = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near',
          'power', 'quantize', 'compare', 'compare_total', 'max', 'min', 'max_mag', 'min_mag',
          'copy_sign', 'next_toward', 'scaleb']
unary = ['sqrt', 'exp', 'ln', 'log10', 'plus', 'minus', 'abs', 'normalize', 'to_integral_value',
         'to_integral_exact', 'next_plus', 'next_minus', 'logb', 'number_class',
         'to_eng_string']
i = 0
for prec in (1, 3, 9, 28):
    for mode in modes:
        c = Context(prec=prec, rounding=mode, Emin=-20, Emax=20, traps=[])
        for name in binary:
            a = Decimal(operands[i % len(operands)])
            b = Decimal(operands[(i * 7 + 3) % len(operands)])
            i += 1
            print(prec, mode, name, a, b, run(c, name, a, b))
        for name in unary:
            a = Decimal(operands[i % len(operands)])
            i += 1
            print(prec, mode, name, a, run(c, name, a))

# Operators under the current context, mixed with ints
a, b = Decimal('12.345'), Decimal('-0.6')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +b, abs(b))
print(a + 1, 1 + a, 3 - a, a * 2, 2 / a, 7 // b, 7 % b, divmod(7, b), 2 ** Decimal('0.5'))
print(Decimal(-7) // 2, Decimal(-7) % 2, Decimal(7) % -2, Decimal('10') % Decimal('0.3'))
print(Decimal(2) ** 64, Decimal('1.1') ** 10, Decimal(2) ** -3, Decimal('0.5') ** Decimal('2.5'))
print(pow(Decimal(3), 100, 7), pow(Decimal(-3), 3, 5), Decimal('1E+3').fma(2, 5))
for x in ('2', '0.5', '100', '1E-10', '12345.678'):
    d = Decimal(x)
    print(x, d.sqrt(), d.exp(), d.ln(), d.log10(), d.logb(), d.next_plus(), d.next_minus())
print(Decimal('1.2345').quantize(Decimal('0.01')), Decimal('1.2355').quantize(Decimal('0.001'),
      rounding=ROUND_UP), Decimal('-1.5').to_integral_value(), Decimal('2.5').to_integral_exact())
print(Decimal('120.000').normalize(), Decimal('0.00').normalize(), Decimal('-1E+2').normalize())
print(Decimal('1.5').compare(2), Decimal('NaN').compare(1), Decimal('1.0').compare_total(1),
      Decimal('-0').copy_abs(), Decimal(3).copy_negate(), Decimal(3).copy_sign(-1))
print(Decimal('1.23').scaleb(5), Decimal('7').remainder_near(4), Decimal('1E+2').same_quantum(1))
print(Decimal(1101).logical_and(Decimal(1011)), Decimal(1101).logical_or(Decimal(1011)),
      Decimal(1101).logical_xor(Decimal(1011)), Decimal(1234).rotate(2), Decimal(1234).shift(-2))
for f in (lambda: Decimal(1) + 1.5, lambda: Decimal(1) < 'x', lambda: Decimal(1) * None):
    try:
        f()
    except TypeError:
        print('TypeError')
