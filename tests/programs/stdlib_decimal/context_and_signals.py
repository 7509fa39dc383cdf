# Contexts: attributes and their checks, repr, flags and traps as mappings, the signal classes
# and their bases, the exception a trapped signal raises, localcontext (with keywords),
# setcontext, the template contexts, and each thread its own context.
import decimal, threading
from decimal import *

c = Context()
print(c)
print(BasicContext)
print(ExtendedContext)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)
print(c.Etiny(), c.Etop(), Context(prec=9, Emax=99, Emin=-99).Etiny())
for name, bad in (('prec', 0), ('prec', 'x'), ('Emin', 1), ('Emax', -1), ('capitals', 2),
                  ('clamp', -1), ('rounding', 'ROUND_SIDEWAYS')):
    try:
        setattr(c, name, bad)
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
try:
    c.foo = 1
except AttributeError as e:
    print('AttributeError', e)

for cls in (DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
            Subnormal, Overflow, Underflow, FloatOperation, ConversionSyntax,
            DivisionImpossible, DivisionUndefined, InvalidContext):
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__[1:]])

print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', type(e).__name__, e.args)
try:
    Decimal(0) / 0
except InvalidOperation as e:
    print('0/0 raises', type(e).__name__, e, isinstance(e, ZeroDivisionError))
for f in (lambda: Decimal(-1).sqrt(), lambda: Decimal('1E+999999') * 10,
          lambda: Decimal('Inf') - Decimal('Inf'), lambda: Decimal(10) // Decimal('0.000001'),
          lambda: Decimal('sNaN') + 1, lambda: Decimal('x')):
    try:
        print(f())
    except DecimalException as e:
        print(type(e).__name__, e)

# flags and traps
c = Context(prec=3, traps=[])
print(c.divide(Decimal(1), Decimal(3)), sorted(k.__name__ for k, v in c.flags.items() if v))
print(c)
print(c.flags[Inexact], c.traps[Inexact], len(c.flags), list(c.flags)[:3])
c.clear_flags()
c.traps[Inexact] = True
try:
    c.divide(Decimal(2), Decimal(3))
except Inexact as e:
    print('Inexact', e)
c.traps = {s: False for s in c.traps}
print(c.traps[Inexact])
try:
    c.flags['x']
except KeyError as e:
    print('KeyError', e)
c = Context(prec=5, rounding=ROUND_DOWN, Emin=-9, Emax=9, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow])
print(c)
print(c.copy() is not c, repr(c.copy()) == repr(c))
c.clear_traps()
print(c.multiply(Decimal('9.9999E+9'), 10), c.flags[Overflow])

# localcontext and setcontext
print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, getcontext() is ctx)
print(Decimal(1) / 7)
with localcontext(prec=4, rounding=ROUND_UP) as ctx:
    print(Decimal(1) / 7, ctx.prec, ctx.rounding)
with localcontext(Context(prec=2)) as ctx:
    print(Decimal(2) / 3)
try:
    with localcontext(precision=3):
        pass
except TypeError as e:
    print('TypeError', e)
old = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0)
setcontext(old)
print(getcontext() is old)
try:
    setcontext(5)
except TypeError as e:
    print('TypeError', e)

# each thread has its own context
seen = {}
def work(p):
    getcontext().prec = p
    seen[p] = str(Decimal(1) / 3)
threads = [threading.Thread(target=work, args=(p,)) for p in (3, 6, 9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()), getcontext().prec)

# every rounding mode on halfway and non-halfway cases
for mode in (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
             ROUND_HALF_DOWN, ROUND_05UP):
    c = Context(prec=2, rounding=mode)
    print(mode, [str(c.plus(Decimal(x))) for x in
                 ('1.25', '1.35', '-1.25', '1.251', '-1.249', '1.01', '1.51', '-1.06', '9.96')])
