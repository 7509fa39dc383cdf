"""Decimal fixed- and floating-point arithmetic (the General Decimal Arithmetic specification,
IEEE 754-2008 decimal), this VM's own implementation written from the decimal documentation and
the specification.

Why pure Python: a Decimal is (sign, coefficient, exponent, kind) with the coefficient a Python
int, so the VM's arbitrary-precision ints do the digit work, and the module runs unchanged on both
backends with no native code to keep thread-safe: a Decimal is immutable and a context belongs to
one thread (or asyncio task).

Every operation builds its exact (or sticky-digit) result and hands it to _finish, the one place
that rounds to the context's precision, handles overflow, subnormal results and clamping, and
reports the signal bits (the flags an operation raised) to Context._signal.

Files: _decimal_signals (exceptions and signal bits), _decimal_context (Context, the current
context), _decimal_math (digit rounding, fixed-point exp/ln), _decimal_format (format specs),
and this one (the Decimal number and its arithmetic)."""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

import _decimal_signals as _sig
import _decimal_context as _cx
import _decimal_math as _dm
from _decimal_signals import (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
                              DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
                              InvalidContext, Rounded, Subnormal, Overflow, Underflow,
                              FloatOperation)
from _decimal_context import (Context, getcontext, setcontext, localcontext, DefaultContext,
                              BasicContext, ExtendedContext, MAX_PREC, MAX_EMAX, MIN_EMIN,
                              MIN_ETINY, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN,
                              ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN',
    'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX',
    'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_FIN, _INF, _QNAN, _SNAN = 0, 1, 2, 3
_INEXACT, _ROUNDED, _CLAMPED = _sig.INEXACT, _sig.ROUNDED, _sig.CLAMPED
_SUBNORMAL, _UNDERFLOW, _OVERFLOW = _sig.SUBNORMAL, _sig.UNDERFLOW, _sig.OVERFLOW
_nd = _dm.ndigits
_POW10 = _dm._POW10
_HASH_P = _sys.hash_info.modulus
_HASH_INV10 = pow(10, _HASH_P - 2, _HASH_P)


def _new(sign, coef, exp, kind=_FIN):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# ----------------------------------------------------------------------------------------------
# Rounding to a context

def _overflowed(sign, ctx, bits, mode):
    bits |= _OVERFLOW | _INEXACT | _ROUNDED
    if _dm.rounds_up_on_overflow(sign, mode):
        result = _new(sign, 0, 0, _INF)
    else:
        result = _new(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
    ctx._signal(bits)
    return result


def _finish(sign, coef, exp, ctx, bits=0, mode=None):
    """The finite number (-1)**sign * coef * 10**exp fitted to ctx; bits are signals the
    operation already raised; mode overrides the context's rounding."""
    prec = ctx._prec
    if mode is None:
        mode = ctx._rounding
    etiny = ctx._Emin - prec + 1
    if coef == 0:
        top = ctx._Emax - prec + 1 if ctx._clampv else ctx._Emax
        if exp < etiny:
            exp = etiny
            bits |= _CLAMPED
        elif exp > top:
            exp = top
            bits |= _CLAMPED
        if bits:
            ctx._signal(bits)
        return _new(sign, 0, exp)
    n = _nd(coef)
    adj = exp + n - 1
    if adj > ctx._Emax:
        return _overflowed(sign, ctx, bits, mode)
    low = exp + n - prec
    sub = adj < ctx._Emin
    if sub:
        low = etiny
    if exp < low:
        coef, lost = _dm.drop_digits(sign, coef, low - exp, mode)
        exp = low
        bits |= _ROUNDED
        if lost:
            bits |= _INEXACT
        # A carry out of the kept digits (only possible at full precision).
        if not sub and coef >= (_POW10[prec] if prec < 1100 else 10 ** prec):
            coef //= 10
            exp += 1
            if exp + prec - 1 > ctx._Emax:
                return _overflowed(sign, ctx, bits, mode)
        if sub:
            bits |= _SUBNORMAL
            if lost:
                bits |= _UNDERFLOW
                if coef == 0:
                    bits |= _CLAMPED
    elif sub:
        bits |= _SUBNORMAL
    if ctx._clampv:
        top = ctx._Emax - prec + 1
        if exp > top:
            coef *= 10 ** (exp - top)
            exp = top
            bits |= _CLAMPED
    if bits:
        ctx._signal(bits)
    return _new(sign, coef, exp)


def _quiet_nan(d, ctx):
    """d (a NaN) as a quiet NaN whose payload fits ctx."""
    payload = d._coef
    keep = ctx._prec - ctx._clampv
    if payload and _nd(payload) > keep:
        payload = payload % 10 ** keep if keep > 0 else 0
    return _new(d._sign, payload, 0, _QNAN)


def _nan_operands(a, b, ctx):
    """The result of an operation with a NaN operand (None when neither is one)."""
    if a._kind < 2 and (b is None or b._kind < 2):
        return None
    if a._kind == _SNAN or (b is not None and b._kind == _SNAN):
        ctx._signal(_sig.COND_INVALID)
        return _quiet_nan(a if a._kind == _SNAN else b, ctx)
    return _quiet_nan(a if a._kind == _QNAN else b, ctx)


def _invalid(ctx, bit=_sig.COND_INVALID):
    ctx._signal(bit)
    return _new(0, 0, 0, _QNAN)


# ----------------------------------------------------------------------------------------------
# Conversions

def _parse(text):
    """(sign, coef, exp, kind) of a numeric string, or None."""
    s = text.strip()
    if not s.isascii():
        s = ''.join(str(int(ch)) if ch.isdecimal() else ch for ch in s)
        if not s.isascii():
            return None
    if '_' in s:
        s = s.replace('_', '')
    sign = 0
    if s[:1] in ('+', '-') and s:
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    if low.startswith('nan') or low.startswith('snan'):
        kind = _SNAN if low[0] == 's' else _QNAN
        rest = low[4:] if kind == _SNAN else low[3:]
        if not rest:
            return sign, 0, 0, kind
        if not rest.isdigit():
            return None
        return sign, int(rest), 0, kind
    exp = 0
    at = low.find('e')
    if at >= 0:
        tail = low[at + 1:]
        digits = tail[1:] if tail[:1] in ('+', '-') else tail
        if not digits.isdigit():
            return None
        exp = int(tail)
        low = low[:at]
    whole, dot, frac = low.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    return sign, int(whole + frac), exp - len(frac), _FIN


def _from_float(f):
    if _math.isinf(f):
        return _new(1 if f < 0 else 0, 0, 0, _INF)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f != f:
        return _new(sign, 0, 0, _QNAN)
    num, den = abs(f).as_integer_ratio()
    k = den.bit_length() - 1           # den == 2**k
    return _new(sign, num * 5 ** k, -k)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return _new(sign, 0, 0, _INF)
    kind = _FIN
    if exp in ('n', 'N'):
        kind = _QNAN if exp == 'n' else _SNAN
        exp = 0
    elif not isinstance(exp, int) or isinstance(exp, bool):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    return _new(sign, coef, exp, kind)


def _convert(value, ctx, exact_float):
    """A Decimal with value's exact value (str, int, float, tuple, Decimal)."""
    if isinstance(value, str):
        parsed = _parse(value)
        if parsed is None:
            ctx._signal(_sig.COND_SYNTAX)
            return _new(0, 0, 0, _QNAN)
        return _new(*parsed)
    if isinstance(value, int):
        return _new(1 if value < 0 else 0, abs(value), 0)
    if isinstance(value, Decimal):
        return _new(value._sign, value._coef, value._exp, value._kind)
    if isinstance(value, float):
        if not exact_float:
            ctx._signal(_sig.FLOATOP)
        return _from_float(value)
    if isinstance(value, (tuple, list)):
        return _from_tuple(value)
    raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')


def _operand(other):
    """other as a Decimal for an arithmetic operator, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    return NotImplemented


def _any_operand(other, name=None):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    raise TypeError(f'conversion from {type(other).__name__} to Decimal is not supported')


def _align(a, b):
    """The coefficients of a and b over their common (smaller) exponent."""
    if a._exp == b._exp:
        return a._coef, b._coef, a._exp
    if a._exp > b._exp:
        return (a._coef * 10 ** (a._exp - b._exp) if a._coef else 0), b._coef, b._exp
    return a._coef, (b._coef * 10 ** (b._exp - a._exp) if b._coef else 0), a._exp


def _cmp_abs(a, b):
    """Compare |a| and |b| for finite a, b: -1, 0 or 1."""
    if not a._coef or not b._coef:
        return (1 if a._coef else 0) - (1 if b._coef else 0)
    adj_a = a._exp + _nd(a._coef)
    adj_b = b._exp + _nd(b._coef)
    if adj_a != adj_b:
        return 1 if adj_a > adj_b else -1
    x, y, _ = _align(a, b)
    return (x > y) - (x < y)


def _cmp(a, b):
    """Compare two non-NaN Decimals: -1, 0 or 1."""
    if a._kind or b._kind:
        va = 0 if not a._kind else (-1 if a._sign else 1)
        vb = 0 if not b._kind else (-1 if b._sign else 1)
        if va != vb:
            return (va > vb) - (va < vb)
        if va:
            return 0
        # one infinite, the other finite: decided by the infinity
    if a._kind == _INF:
        return -1 if a._sign else 1
    if b._kind == _INF:
        return 1 if b._sign else -1
    a_zero = not a._coef
    b_zero = not b._coef
    if a_zero and b_zero:
        return 0
    sa = 0 if a_zero else (-1 if a._sign else 1)
    sb = 0 if b_zero else (-1 if b._sign else 1)
    if sa != sb:
        return (sa > sb) - (sa < sb)
    c = _cmp_abs(a, b)
    return -c if sa < 0 else c


def _rational_cmp(a, num, den):
    """Compare the finite Decimal a with num/den (den > 0)."""
    s = -1 if a._sign else 1
    if not a._coef or not num or (num < 0) != bool(a._sign):
        left = 0 if not a._coef else s
        right = (num > 0) - (num < 0)
        return (left > right) - (left < right)
    # Far apart in magnitude: decided without building 10**exponent.
    gap = a._exp + _nd(a._coef) - (_nd(abs(num)) - _nd(den))
    if gap > 2:
        return s
    if gap < -2:
        return -s
    if a._exp >= 0:
        left, right = s * a._coef * 10 ** a._exp * den, num
    else:
        left, right = s * a._coef * den, num * 10 ** -a._exp
    return (left > right) - (left < right)


def _compare_other(a, other, ordering):
    """Compare a with a non-Decimal number: -1, 0, 1, None (NaN involved) or NotImplemented."""
    ctx = None
    if isinstance(other, int):
        other = _operand(other)
    elif isinstance(other, float):
        ctx = getcontext()
        ctx._signal(_sig.FLOATOP) if ordering else ctx._flags.__class__
        if not ordering:
            ctx._flags |= _sig.FLOATOP
        other = _from_float(other)
    elif isinstance(other, complex):
        if ordering or other.imag:
            return NotImplemented if ordering else 2
        ctx = getcontext()
        ctx._flags |= _sig.FLOATOP
        other = _from_float(other.real)
    elif isinstance(other, _numbers.Rational):
        if a._kind == _FIN:
            return _rational_cmp(a, other.numerator, other.denominator)
        other = _new(0, 0, 0)   # the infinity or NaN of a decides
    if not isinstance(other, Decimal):
        return NotImplemented
    return other


# ----------------------------------------------------------------------------------------------
# Printing

def _layout(sign, digits, exp, eng, capitals):
    """The scientific or engineering string of a finite number."""
    n = len(digits)
    left = exp + n                  # digits left of the point in plain notation
    if exp <= 0 and left > -6:
        point = left
    elif not eng:
        point = 1
    elif digits == '0':
        point = (left + 1) % 3 - 1
    else:
        point = 1 + (left - 1) % 3
    if point <= 0:
        body = '0.' + '0' * -point + digits
    elif point >= n:
        body = digits + '0' * (point - n)
    else:
        body = digits[:point] + '.' + digits[point:]
    shown = left - point
    if shown:
        body += ('E' if capitals else 'e') + ('+' if shown >= 0 else '-') + str(abs(shown))
    return ('-' if sign else '') + body


class Decimal:
    """Decimal(value='0', context=None): an immutable decimal floating-point number."""
    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        ctx = _ctx(context) if context is not None or isinstance(value, (str, float)) else None
        if type(value) is Decimal and cls is Decimal:
            return value
        d = _convert(value, ctx, False)
        if cls is Decimal:
            return d
        obj = object.__new__(cls)
        obj._sign, obj._coef, obj._exp, obj._kind = d._sign, d._coef, d._exp, d._kind
        return obj

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _operand(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    @classmethod
    def from_number(cls, number):
        if isinstance(number, (int, Decimal)):
            return cls(number)
        if isinstance(number, float):
            return cls.from_float(number)
        raise TypeError(f'conversion from {type(number).__name__} to Decimal is not supported')

    @classmethod
    def _from_context(cls, value, ctx):
        """Context.create_decimal: value rounded to ctx (floats signal FloatOperation)."""
        if isinstance(value, str) and (value != value.strip() or '_' in value):
            ctx._signal(_sig.COND_SYNTAX)
            return _new(0, 0, 0, _QNAN)
        d = _convert(value, ctx, False)
        if d._kind >= 2:
            if d._coef and _nd(d._coef) > ctx._prec - ctx._clampv:
                return _invalid(ctx, _sig.COND_SYNTAX)
            return d
        if d._kind:
            return d
        return _finish(d._sign, d._coef, d._exp, ctx)

    # -- inspection ------------------------------------------------------------------------

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, str(self._coef))) if (self._coef or not self._kind) else ()
        exp = self._exp if not self._kind else ('n' if self._kind == _QNAN else 'N')
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._kind:
            if self._kind == _INF:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._coef if self._sign else self._coef
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        den = 10 ** -self._exp
        g = _math.gcd(n, den)
        return n // g, den // g

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _nd(self._coef) - 1

    def is_finite(self):
        return self._kind == _FIN

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= 2

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FIN and self._coef == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FIN and self._coef != 0 and self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FIN and self._coef != 0 and self.adjusted() < ctx._Emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if not self._coef:
            return sign + 'Zero'
        if self.adjusted() < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def same_quantum(self, other, context=None):
        other = _any_operand(other)
        if self._kind or other._kind:
            return (self._kind >= 2 and other._kind >= 2) or (
                self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    def radix(self):
        return _new(0, 10, 0)

    # -- strings ---------------------------------------------------------------------------

    def _to_string(self, eng, ctx=None):
        if self._kind:
            sign = '-' if self._sign else ''
            if self._kind == _INF:
                return sign + 'Infinity'
            name = 'NaN' if self._kind == _QNAN else 'sNaN'
            return sign + name + (str(self._coef) if self._coef else '')
        capitals = (ctx or getcontext())._capitals
        return _layout(self._sign, str(self._coef), self._exp, eng, capitals)

    def __str__(self):
        return self._to_string(False)

    def to_eng_string(self, context=None):
        return self._to_string(True, _ctx(context))

    def __repr__(self):
        return "Decimal('" + self._to_string(False) + "')"

    def __format__(self, spec, override=None, _localeconv=None):
        import _decimal_format
        return _decimal_format.format_decimal(self, spec, override or _localeconv)

    # -- conversions -----------------------------------------------------------------------

    def _int_check(self, what='integer'):
        if self._kind >= 2:
            raise ValueError(f'cannot convert NaN to {what}')
        if self._kind:
            raise OverflowError(f'cannot convert Infinity to {what}')

    def _to_int(self, mode):
        self._int_check()
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n, _ = _dm.drop_digits(self._sign, self._coef, -self._exp, mode)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    def __trunc__(self):
        return self._to_int(ROUND_DOWN)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._kind >= 2:
            if self._kind == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(self._to_string(False, DefaultContext))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._kind != _FIN or self._coef != 0

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new(0, 0, 0)

    def conjugate(self):
        return self

    def __hash__(self):
        if self._kind:
            if self._kind == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._kind == _QNAN:
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, _HASH_P) % _HASH_P
        else:
            h = self._coef * pow(_HASH_INV10, -self._exp, _HASH_P) % _HASH_P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- comparisons -----------------------------------------------------------------------

    def _order(self, other, op):
        if not isinstance(other, Decimal):
            other = _compare_other(self, other, True)
            if other is NotImplemented or isinstance(other, int):
                return other
        if self._kind >= 2 or other._kind >= 2:
            getcontext()._signal(_sig.COND_INVALID)
            return None
        return _cmp(self, other)

    def __lt__(self, other):
        c = self._order(other, '<')
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._order(other, '<=')
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._order(other, '>')
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._order(other, '>=')
        return c if c is NotImplemented else (c is not None and c >= 0)

    def __eq__(self, other):
        if not isinstance(other, Decimal):
            other = _compare_other(self, other, False)
            if other is NotImplemented:
                return other
            if isinstance(other, int):
                return other == 0
        if self._kind >= 2 or other._kind >= 2:
            if self._kind == _SNAN or other._kind == _SNAN:
                getcontext()._signal(_sig.COND_INVALID)
            return False
        return _cmp(self, other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def compare(self, other, context=None):
        ctx = _ctx(context)
        other = _any_operand(other)
        nan = _nan_operands(self, other, ctx)
        if nan is not None:
            return nan
        return _new_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        other = _any_operand(other)
        if self._kind >= 2 or other._kind >= 2:
            ctx._signal(_sig.COND_INVALID)
            return _quiet_nan(self if self._kind == _SNAN or (
                self._kind == _QNAN and other._kind != _SNAN) else other, ctx)
        return _new_int(_cmp(self, other))

    def _total_key(self):
        """(class rank, ...) ordering all Decimals per compare_total, for the positive side."""
        if self._kind == _QNAN:
            return (3, self._coef, 0)
        if self._kind == _SNAN:
            return (2, self._coef, 0)
        if self._kind == _INF:
            return (1, 0, 0)
        return (0, None, None)

    def compare_total(self, other, context=None):
        other = _any_operand(other)
        if self._sign != other._sign:
            return _new_int(-1 if self._sign else 1)
        ka, kb = self._total_key(), other._total_key()
        if ka[0] != kb[0]:
            c = 1 if ka[0] > kb[0] else -1
        elif ka[0] == 0:
            c = _cmp_abs(self, other) or ((self._exp > other._exp) - (self._exp < other._exp))
        else:
            c = (ka[1] > kb[1]) - (ka[1] < kb[1])
        return _new_int(-c if self._sign else c)

    def compare_total_mag(self, other, context=None):
        other = _any_operand(other)
        return self.copy_abs().compare_total(other.copy_abs())

    def _minmax(self, other, ctx, want, mag):
        other = _any_operand(other)
        if self._kind >= 2 or other._kind >= 2:
            if self._kind == _SNAN or other._kind == _SNAN or (
                    self._kind >= 2 and other._kind >= 2):
                return _nan_operands(self, other, ctx)
            num = other if self._kind >= 2 else self
            return _finish_any(num, ctx)
        c = _cmp_abs(self, other) if mag and (self._kind | other._kind) == 0 else 0
        if mag and (self._kind or other._kind):
            c = (self._kind > other._kind) - (self._kind < other._kind)
        if c == 0:
            c = _cmp(self, other)
        if c == 0:
            # equal values: the larger by total ordering for max (sign, then exponent)
            c = _cmp_total_equal(self, other)
        pick = self if (c >= 0) == (want > 0) else other
        if c == 0:
            pick = self
        return _finish_any(pick, ctx)

    def max(self, other, context=None):
        return self._minmax(other, _ctx(context), 1, False)

    def min(self, other, context=None):
        return self._minmax(other, _ctx(context), -1, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, _ctx(context), 1, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, _ctx(context), -1, True)

    # -- sign operations -------------------------------------------------------------------

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _new(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _any_operand(other)
        return _new(other._sign, self._coef, self._exp, self._kind)

    def _plus(self, ctx):
        nan = _nan_operands(self, None, ctx)
        if nan is not None:
            return nan
        if self._kind:
            return _new(self._sign, 0, 0, _INF)
        sign = self._sign
        if not self._coef:
            sign = 1 if (sign and ctx._rounding == ROUND_FLOOR) else 0
        return _finish(sign, self._coef, self._exp, ctx)

    def _apply(self, ctx):
        if self._kind >= 2:
            return _nan_operands(self, None, ctx)
        return _finish_any(self, ctx)

    def _minus(self, ctx):
        if self._kind >= 2:
            return _nan_operands(self, None, ctx)
        return self.copy_negate()._plus(ctx)

    def _abs(self, ctx):
        if self._kind >= 2:
            return _nan_operands(self, None, ctx)
        return self.copy_abs()._plus(ctx)

    def __pos__(self):
        return self._plus(getcontext())

    def __neg__(self):
        return self._minus(getcontext())

    def __abs__(self):
        return self._abs(getcontext())

    # -- + - * / ---------------------------------------------------------------------------

    def _add(self, other, ctx, negate=0):
        osign = other._sign ^ negate
        if self._kind or other._kind:
            nan = _nan_operands(self, other, ctx)
            if nan is not None:
                return nan
            if self._kind == _INF:
                if other._kind == _INF and osign != self._sign:
                    return _invalid(ctx)
                return _new(self._sign, 0, 0, _INF)
            return _new(osign, 0, 0, _INF)
        a_coef, a_exp, b_coef, b_exp = self._coef, self._exp, other._coef, other._exp
        prec = ctx._prec
        # An operand wholly below the rounding position of the other only acts as a sticky digit.
        if a_coef and b_coef and abs(a_exp - b_exp) > prec + 2:
            a_adj = a_exp + _nd(a_coef) - 1
            b_adj = b_exp + _nd(b_coef) - 1
            if b_adj < a_adj - prec - 1 and b_adj < a_exp - 1:
                b_coef, b_exp = 1, min(a_exp, a_adj - prec) - 1
            elif a_adj < b_adj - prec - 1 and a_adj < b_exp - 1:
                a_coef, a_exp = 1, min(b_exp, b_adj - prec) - 1
        exp = a_exp if a_exp < b_exp else b_exp
        # A zero operand only sets the exponent: more than one zero past the precision would
        # only be rounded away (Rounded), so the other operand is padded no further.
        if not a_coef and b_coef and b_exp - exp > prec:
            exp = max(exp, min(b_exp, b_exp + _nd(b_coef) - prec - 1))
        elif not b_coef and a_coef and a_exp - exp > prec:
            exp = max(exp, min(a_exp, a_exp + _nd(a_coef) - prec - 1))
        if a_exp > exp and a_coef:
            a_coef *= 10 ** (a_exp - exp)
        if b_exp > exp and b_coef:
            b_coef *= 10 ** (b_exp - exp)
        a_val = -a_coef if self._sign else a_coef
        b_val = -b_coef if osign else b_coef
        total = a_val + b_val
        if total:
            sign = 1 if total < 0 else 0
            return _finish(sign, -total if sign else total, exp, ctx)
        if self._sign == osign:
            sign = self._sign
        else:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, exp, ctx)





    def _mul(self, other, ctx):
        sign = self._sign ^ other._sign
        if self._kind or other._kind:
            nan = _nan_operands(self, other, ctx)
            if nan is not None:
                return nan
            if (self._kind == _FIN and not self._coef) or (other._kind == _FIN and
                                                           not other._coef):
                return _invalid(ctx)
            return _new(sign, 0, 0, _INF)
        return _finish(sign, self._coef * other._coef, self._exp + other._exp, ctx)



    def _div(self, other, ctx):
        sign = self._sign ^ other._sign
        if self._kind or other._kind:
            nan = _nan_operands(self, other, ctx)
            if nan is not None:
                return nan
            if self._kind == _INF:
                if other._kind == _INF:
                    return _invalid(ctx)
                return _new(sign, 0, 0, _INF)
            return _finish(sign, 0, ctx._Emin - ctx._prec + 1, ctx, _CLAMPED)
        if not other._coef:
            if not self._coef:
                return _invalid(ctx, _sig.COND_UNDEFINED)
            ctx._signal(_sig.DIVZERO)
            return _new(sign, 0, 0, _INF)
        ideal = self._exp - other._exp
        if not self._coef:
            return _finish(sign, 0, ideal, ctx)
        prec = ctx._prec
        a, b = self._coef, other._coef
        shift = prec + 1 + _nd(b) - _nd(a)
        if shift > 0:
            q, r = divmod(a * 10 ** shift, b)
        else:
            shift = 0
            q, r = divmod(a, b)
        exp = ideal - shift
        if r:
            return _finish(sign, q * 10 + 1, exp - 1, ctx)
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
        return _finish(sign, q, exp, ctx)



    # -- // % divmod -----------------------------------------------------------------------

    def _intdiv(self, other, ctx, want_q=True, want_r=True):
        """(quotient truncated toward zero, remainder with the dividend's sign)."""
        sign = self._sign ^ other._sign
        if self._kind or other._kind:
            nan = _nan_operands(self, other, ctx)
            if nan is not None:
                return nan, nan
            if self._kind == _INF:
                if other._kind == _INF:
                    bad = _invalid(ctx)
                    return bad, bad
                return _new(sign, 0, 0, _INF), (_invalid(ctx) if want_r else None)
            rem = _finish(self._sign, self._coef, self._exp, ctx) if want_r else None
            return (_finish(sign, 0, 0, ctx) if want_q else None), rem
        if not other._coef:
            if not self._coef:
                bad = _invalid(ctx, _sig.COND_UNDEFINED)
                return bad, bad
            q = None
            if want_q:
                ctx._signal(_sig.DIVZERO)
                q = _new(sign, 0, 0, _INF)
            return q, (_invalid(ctx) if want_r else None)
        exp = min(self._exp, other._exp)
        if self._coef and self.adjusted() - other.adjusted() > ctx._prec:
            bad = _invalid(ctx, _sig.COND_IMPOSSIBLE)
            return bad, bad
        if not self._coef or self.adjusted() < other.adjusted():
            # |self| < |other|: quotient 0, remainder self at the smaller exponent
            exp = min(self._exp, other._exp)
            q, r = 0, self._coef * 10 ** (self._exp - exp)
        else:
            a, b, exp = _align(self, other)
            q, r = divmod(a, b)
        if q and _nd(q) > ctx._prec:
            bad = _invalid(ctx, _sig.COND_IMPOSSIBLE)
            return bad, bad
        quot = _finish(sign, q, 0, ctx) if want_q else None
        rem = _finish(self._sign, r, exp, ctx) if want_r else None
        return quot, rem

    def _divmod(self, other, ctx):
        return self._intdiv(other, ctx)

    def _sub(self, other, ctx):
        return self._add(other, ctx, 1)

    def _floordiv(self, other, ctx):
        return self._intdiv(other, ctx, True, False)[0]

    def _mod(self, other, ctx):
        return self._intdiv(other, ctx, False, True)[1]







    def remainder_near(self, other, context=None):
        ctx = _ctx(context)
        other = _any_operand(other)
        if self._kind or other._kind:
            nan = _nan_operands(self, other, ctx)
            if nan is not None:
                return nan
            if self._kind == _INF:
                return _invalid(ctx)
            return _finish(self._sign, self._coef, self._exp, ctx)
        if not other._coef:
            return _invalid(ctx, _sig.COND_UNDEFINED if not self._coef else _sig.COND_INVALID)
        if self._coef and self.adjusted() - other.adjusted() > ctx._prec:
            return _invalid(ctx, _sig.COND_IMPOSSIBLE)
        if not self._coef or self.adjusted() < other.adjusted() - 1:
            # |self| < |other| / 10: the nearest multiple is 0
            exp = min(self._exp, other._exp)
            q, r, b = 0, self._coef * 10 ** (self._exp - exp), 1
        else:
            a, b, exp = _align(self, other)
            q, r = divmod(a, b)
        if q == 0 and b == 1 and r:
            pass
        elif 2 * r > b or (2 * r == b and q & 1):
            q += 1
            r -= b
        if q and _nd(q) > ctx._prec:
            return _invalid(ctx, _sig.COND_IMPOSSIBLE)
        sign = self._sign
        if r < 0:
            sign ^= 1
            r = -r
        return _finish(sign, r, exp, ctx)

    # -- fused multiply-add, powers, roots -------------------------------------------------

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other = _any_operand(other)
        third = _any_operand(third)
        if self._kind or other._kind or third._kind:
            if self._kind == _SNAN or other._kind == _SNAN:
                return _nan_operands(self, other, ctx)
            if (self._kind == _INF and other._kind == _FIN and not other._coef) or (
                    other._kind == _INF and self._kind == _FIN and not self._coef):
                return _invalid(ctx)
            if third._kind == _SNAN:
                ctx._signal(_sig.COND_INVALID)
                return _quiet_nan(third, ctx)
            nan = _nan_operands(self, other, ctx)
            if nan is not None:
                return nan
        if self._kind or other._kind:
            product = self._mul(other, ctx)
        else:
            product = _new(self._sign ^ other._sign, self._coef * other._coef,
                           self._exp + other._exp)
        return product._add(third, ctx, 0)

    def _power(self, other, modulo, ctx):
        if modulo is not None:
            return self._power_mod(other, modulo, ctx)
        nan = _nan_operands(self, other, ctx)
        if nan is not None:
            return nan
        b_int = other._integral_value()
        odd = b_int is not None and b_int & 1
        if not other._kind and not other._coef:
            if not self._kind and not self._coef:
                return _invalid(ctx)
            return _new(0, 1, 0)
        if self._sign and not (self._kind == _FIN and not self._coef):
            if b_int is None:
                return _invalid(ctx)
        sign = self._sign if odd else 0
        if self._kind == _INF:
            if other._sign:
                return _new(sign, 0, 0)
            return _new(sign, 0, 0, _INF)
        if not self._coef:
            if other._sign:
                return _new(sign, 0, 0, _INF)
            return _new(sign, 0, 0)
        if other._kind == _INF:
            c = _cmp_abs(self, _new(0, 1, 0))
            if c == 0:
                return _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx,
                               _INEXACT | _ROUNDED)
            big = (c > 0) != bool(other._sign)
            return _new(0, 0, 0, _INF) if big else _new(0, 0, 0)
        if b_int is not None:
            return self._power_int(b_int, sign, ctx)
        if self._coef == 10 ** -self._exp if self._exp <= 0 else False:
            return _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx, _INEXACT | _ROUNDED)
        return self._power_real(other, ctx)

    def _integral_value(self):
        """The int value of a finite integral Decimal, else None."""
        if self._kind:
            return None
        if self._exp >= 0:
            if self._exp > 100000 and self._coef:
                return None
            n = self._coef * 10 ** self._exp
        else:
            if not self._coef:
                return 0
            if -self._exp >= _nd(self._coef):
                return None
            n, r = divmod(self._coef, 10 ** -self._exp)
            if r:
                return None
        return -n if self._sign else n

    def _power_int(self, n, sign, ctx):
        prec = ctx._prec
        coef, exp = self._coef, self._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        if coef == 1 and _nd(self._coef) * abs(n) > 4 * prec + 2000:
            # a power of ten too long to build: exact, its zeros past the precision rounded
            if n > 0 and self._coef != 1:
                return _finish(sign, 10 ** prec, exp * n - prec, ctx)
            return _finish(sign, 1, exp * n, ctx)
        a_adj = self.adjusted()
        # magnitude of the result's adjusted exponent, roughly (a_adj + frac) * n
        if abs(n) > 1 and (abs(a_adj) + 1) * abs(n) > 4 * (ctx._Emax + prec) + 10:
            grows = (a_adj >= 0) == (n > 0)
            if grows:
                return _overflowed(sign, ctx, 0, ctx._rounding)
            return _finish(sign, 1, ctx._Emin - prec - 5, ctx, _INEXACT | _ROUNDED)
        if self._coef == 1 or _nd(self._coef) * abs(n) <= 4 * prec + 2000:
            coef = self._coef ** abs(n)
            if n > 0:
                return _finish(sign, coef, self._exp * n, ctx)
            return _new(0, 1, 0)._div(_new(sign, coef, self._exp * -n), ctx)
        return self._power_real(_new(1 if n < 0 else 0, abs(n), 0), ctx, sign)

    def _power_real(self, other, ctx, sign=0):
        prec = ctx._prec
        # y * ln(x) carries its integer digits on top of the result's precision
        extra = 10 + max(0, other.adjusted() + 1) + _nd(abs(self.adjusted()) + 1)
        while True:
            work = Context(prec=prec + extra, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN,
                           Emax=MAX_EMAX, traps=[])
            lnx = self.copy_abs().ln(work)
            t = lnx._mul(other, work)
            if not t._coef:
                return _finish(sign, 10 ** (prec - 1), 1 - prec, ctx, _INEXACT | _ROUNDED)
            if t.adjusted() < -(prec + 5):
                # x**y within a tiny fraction of an ulp of 1: rounds as 1 +- tiny
                scale = 10 ** (prec + 5)
                return _finish(sign, scale - 1 if t._sign else scale + 1, -(prec + 5), ctx)
            val = t.exp(work)
            if val._kind or not val._coef:
                return _finish(sign, 1, ctx._Emax * 4 if val._kind else ctx._Emin - prec - 5,
                               ctx, _INEXACT | _ROUNDED)
            lo = val._coef * 10 - 30
            hi = val._coef * 10 + 30
            drop = _nd(val._coef) + 1 - prec
            if drop > 0 and _nd(lo) == _nd(hi) and _dm.drop_digits(
                    sign, lo, drop, ctx._rounding)[0] == _dm.drop_digits(
                    sign, hi, drop, ctx._rounding)[0]:
                return _finish(sign, val._coef * 10 + 1, val._exp - 1, ctx)
            if extra > 3 * prec + 40:
                return _finish(sign, val._coef, val._exp, ctx, _INEXACT | _ROUNDED)
            extra += prec + 10

    def _power_mod(self, other, modulo, ctx):
        for x in (self, other, modulo):
            if x._kind == _SNAN:
                ctx._signal(_sig.COND_INVALID)
                return _quiet_nan(x, ctx)
        for x in (self, other, modulo):
            if x._kind == _QNAN:
                return _quiet_nan(x, ctx)
        b, m = other._integral_value(), modulo._integral_value()
        integral_a = self._kind == _FIN and (self._exp >= 0 or
                                             self._integral_value() is not None)
        if not integral_a or b is None or m is None or b < 0 or m == 0:
            return _invalid(ctx)
        if (not self._coef and b == 0) or _nd(abs(m)) > ctx._prec:
            return _invalid(ctx)
        m = abs(m)
        if self._exp >= 0:
            base = self._coef * pow(10, self._exp, m) % m
        else:
            base = self._coef // 10 ** -self._exp % m
        r = pow(base, b, m)
        return _new(self._sign if b & 1 else 0, r, 0)

    def __pow__(self, other, modulo=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _operand(modulo)
            if modulo is NotImplemented:
                return modulo
        return self._power(other, modulo, getcontext())

    def __rpow__(self, other, modulo=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other._power(self, None, getcontext())

    def sqrt(self, context=None):
        ctx = _ctx(context)
        if self._kind:
            nan = _nan_operands(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _invalid(ctx)
            return _new(0, 0, 0, _INF)
        ideal = self._exp // 2
        if not self._coef:
            return _finish(self._sign, 0, ideal, ctx)
        if self._sign:
            return _invalid(ctx)
        prec = ctx._prec
        c, e = self._coef, self._exp
        if e & 1:
            c *= 10
            e -= 1
        shift = max(0, prec + 2 - (_nd(c) + 1) // 2)
        c *= 10 ** (2 * shift)
        r = _math.isqrt(c)
        exp = e // 2 - shift
        if r * r != c:
            return _finish(0, r * 10 + 1, exp - 1, ctx, 0, ROUND_HALF_EVEN)
        while exp < ideal and r % 10 == 0:
            r //= 10
            exp += 1
        return _finish(0, r, exp, ctx, 0, ROUND_HALF_EVEN)

    def _transcendental_special(self, ctx, name):
        nan = _nan_operands(self, None, ctx)
        if nan is not None:
            return nan
        if name == 'exp':
            if self._kind == _INF:
                return _new(0, 0, 0) if self._sign else _new(0, 0, 0, _INF)
            return None
        if self._kind == _FIN and not self._coef:
            return _new(1, 0, 0, _INF)
        if self._sign:
            return _invalid(ctx)
        if self._kind == _INF:
            return _new(0, 0, 0, _INF)
        return None

    def exp(self, context=None):
        ctx = _ctx(context)
        special = self._transcendental_special(ctx, 'exp') if self._kind else None
        if special is not None:
            return special
        if not self._coef:
            return _new(0, 1, 0)
        prec = ctx._prec
        adj = self.adjusted()
        bound = _nd(max(ctx._Emax, prec - ctx._Emin)) + 1
        if adj >= bound:
            if self._sign:
                return _finish(0, 1, ctx._Emin - prec - 5, ctx, _INEXACT | _ROUNDED,
                               ROUND_HALF_EVEN)
            return _overflowed(0, ctx, 0, ROUND_HALF_EVEN)
        if adj < -(prec + 3):
            scale = 10 ** (prec + 3)
            coef = scale - 1 if self._sign else scale + 1
            return _finish(0, coef, -(prec + 3), ctx, 0, ROUND_HALF_EVEN)
        guard = 8
        while True:
            p = prec + guard
            q = p + max(adj, 0) + 3
            shift = self._exp + q
            xf = self._coef * 10 ** shift if shift >= 0 else self._coef // 10 ** -shift
            if self._sign:
                xf = -xf
            l10 = _dm.ln10(q)
            n = (2 * xf + l10) // (2 * l10)
            r = (xf - n * l10) // 10 ** (q - p)
            y = _dm.exp_fixed(r, p)
            if _settled(y, 50, prec):
                return _finish(0, y * 10 + 1, n - p - 1, ctx, 0, ROUND_HALF_EVEN)
            guard += prec + 10

    def ln(self, context=None):
        ctx = _ctx(context)
        special = self._transcendental_special(ctx, 'ln')
        if special is not None:
            return special
        if self._exp <= 0 and self._coef == 10 ** -self._exp:
            return _new(0, 0, 0)
        return self._log(ctx, False)

    def log10(self, context=None):
        ctx = _ctx(context)
        special = self._transcendental_special(ctx, 'log10')
        if special is not None:
            return special
        text = str(self._coef)
        if text[0] == '1' and text.count('0') == len(text) - 1:
            k = self._exp + len(text) - 1
            return _finish(1 if k < 0 else 0, abs(k), 0, ctx, 0, ROUND_HALF_EVEN)
        return self._log(ctx, True)

    def _log(self, ctx, base10):
        prec = ctx._prec
        p = prec + 8
        while True:
            y = _dm.ln_fixed(self._coef, self._exp, p + (4 if base10 else 0))
            if base10:
                y = y * 10 ** p // _dm.ln10(p + 4)
            sign = 1 if y < 0 else 0
            y = abs(y)
            if _nd(y) < prec + 5:
                p += prec + 5 - _nd(y) + 3
                continue
            if _settled(y, 50, prec):
                return _finish(sign, y * 10 + 1, -p - 1, ctx, 0, ROUND_HALF_EVEN)
            p += prec + 10

    def logb(self, context=None):
        ctx = _ctx(context)
        nan = _nan_operands(self, None, ctx)
        if nan is not None:
            return nan
        if self._kind == _INF:
            return _new(0, 0, 0, _INF)
        if not self._coef:
            ctx._signal(_sig.DIVZERO)
            return _new(1, 0, 0, _INF)
        return _finish(0, 0, 0, ctx)._add(_operand(self.adjusted()), ctx, 0)

    # -- exponent operations ---------------------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _any_operand(exp)
        mode = rounding if rounding is not None else ctx._rounding
        if rounding is not None and rounding not in _cx.ROUNDINGS:
            raise TypeError('invalid rounding mode')
        if self._kind or exp._kind:
            nan = _nan_operands(self, exp, ctx)
            if nan is not None:
                return nan
            if self._kind == _INF and exp._kind == _INF:
                return _new(self._sign, 0, 0, _INF)
            return _invalid(ctx)
        return self._rescale(exp._exp, mode, ctx)

    def _rescale(self, target, mode, ctx):
        if not (ctx._Emin - ctx._prec + 1 <= target <= ctx._Emax):
            return _invalid(ctx)
        bits = 0
        coef = self._coef
        if not coef:
            return _finish(self._sign, 0, target, ctx)
        if self._exp - target + _nd(coef) > ctx._prec:
            return _invalid(ctx)
        if self._exp < target:
            coef, lost = _dm.drop_digits(self._sign, coef, target - self._exp, mode)
            bits = _ROUNDED | (_INEXACT if lost else 0)
        elif self._exp > target:
            coef *= 10 ** (self._exp - target)
        if coef and _nd(coef) > ctx._prec:
            return _invalid(ctx)
        if coef and target + _nd(coef) - 1 < ctx._Emin:
            bits |= _SUBNORMAL
        if coef and target + _nd(coef) - 1 > ctx._Emax:
            return _invalid(ctx)
        if ctx._clampv and target > ctx._Emax - ctx._prec + 1:
            coef *= 10 ** (target - (ctx._Emax - ctx._prec + 1))
            target = ctx._Emax - ctx._prec + 1
            bits |= _CLAMPED
        if bits:
            ctx._signal(bits)
        return _new(self._sign, coef, target)

    def _integral(self, mode, ctx, exact):
        nan = _nan_operands(self, None, ctx)
        if nan is not None:
            return nan
        if self._kind == _INF:
            return _new(self._sign, 0, 0, _INF)
        if self._exp >= 0:
            return self if type(self) is Decimal else _new(self._sign, self._coef, self._exp)
        coef, lost = _dm.drop_digits(self._sign, self._coef, -self._exp, mode)
        if exact and self._coef:
            ctx._signal(_ROUNDED | (_INEXACT if lost else 0))
        return _new(self._sign, coef, 0)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        return self._integral(rounding or ctx._rounding, ctx, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        return self._integral(rounding or ctx._rounding, ctx, True)

    def normalize(self, context=None):
        ctx = _ctx(context)
        d = _finish_any(self, ctx) if self._kind < 2 else _nan_operands(self, None, ctx)
        if d._kind:
            return d
        if not d._coef:
            return _new(d._sign, 0, 0)
        top = ctx._Emax - ctx._prec + 1 if ctx._clampv else ctx._Emax
        coef, exp = d._coef, d._exp
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _new(d._sign, coef, exp)

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _any_operand(other)
        nan = _nan_operands(self, other, ctx)
        if nan is not None:
            return nan
        n = other._integral_value()
        if other._kind or n is None or other._exp != 0:
            return _invalid(ctx)
        limit = 2 * (ctx._Emax + ctx._prec)
        if not -limit <= n <= limit:
            return _invalid(ctx)
        if self._kind == _INF:
            return _new(self._sign, 0, 0, _INF)
        return _finish(self._sign, self._coef, self._exp + n, ctx)

    def _neighbour(self, ctx, up):
        nan = _nan_operands(self, None, ctx)
        if nan is not None:
            return nan
        prec = ctx._prec
        if self._kind == _INF:
            if self._sign != up:
                return _new(self._sign, 0, 0, _INF)
            return _new(self._sign, 10 ** prec - 1, ctx._Emax - prec + 1)
        etiny = ctx._Emin - prec + 1
        work = ctx.copy()
        work._rounding = ROUND_CEILING if up else ROUND_FLOOR
        work._traps = 0
        d = _finish(self._sign, self._coef, self._exp, work)
        if _cmp(d, self) != 0:
            return d
        # step by one unit just below the result's last place
        tiny = _new(0 if up else 1, 1, min(etiny, self._exp) - 1)
        return self._add(tiny, work, 0)

    def next_plus(self, context=None):
        return self._neighbour(_ctx(context), True)

    def next_minus(self, context=None):
        return self._neighbour(_ctx(context), False)

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _any_operand(other)
        nan = _nan_operands(self, other, ctx)
        if nan is not None:
            return nan
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        d = self._neighbour(ctx, c < 0)
        if d._kind == _INF:
            ctx._signal(_OVERFLOW | _INEXACT | _ROUNDED)
        elif d._coef == 0 or d.adjusted() < ctx._Emin:
            bits = _SUBNORMAL | _UNDERFLOW | _INEXACT | _ROUNDED
            if d._coef == 0:
                bits |= _CLAMPED
            ctx._signal(bits)
        return d

    # -- digit-wise operations -------------------------------------------------------------

    def _logical_digits(self, ctx):
        if self._kind or self._sign or self._exp != 0 or any(
                ch not in '01' for ch in str(self._coef)):
            return None
        return str(self._coef).zfill(ctx._prec)[-ctx._prec:]

    def _logical(self, other, ctx, op):
        other = _any_operand(other)
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx)
        if a is None or b is None:
            return _invalid(ctx)
        digits = ''.join(op(x, y) for x, y in zip(a, b))
        return _new(0, int(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, _ctx(context), lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, _ctx(context),
                             lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, _ctx(context), lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return self._logical(_new(0, int('1' * ctx._prec), 0), ctx,
                             lambda x, y: '1' if x != y else '0')

    def _digit_move(self, other, ctx, rotate):
        other = _any_operand(other)
        nan = _nan_operands(self, other, ctx)
        if nan is not None:
            return nan
        n = other._integral_value()
        prec = ctx._prec
        if other._kind or other._exp != 0 or n is None or not -prec <= n <= prec:
            return _invalid(ctx)
        if self._kind == _INF:
            return _new(self._sign, 0, 0, _INF)
        digits = str(self._coef).zfill(prec)[-prec:]
        if rotate:
            n %= prec
            digits = digits[n:] + digits[:n]
        elif n >= 0:
            digits = (digits + '0' * n)[-prec:]
        else:
            digits = ('0' * -n + digits)[:prec]
        return _new(self._sign, int(digits), self._exp)

    def rotate(self, other, context=None):
        return self._digit_move(other, _ctx(context), True)

    def shift(self, other, context=None):
        return self._digit_move(other, _ctx(context), False)


def _new_int(n):
    return _new(1 if n < 0 else 0, abs(n), 0)


def _cmp_total_equal(a, b):
    """Order two numerically equal Decimals: by sign, then exponent (compare_total)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


def _finish_any(d, ctx):
    if d._kind:
        return _new(d._sign, 0, 0, _INF) if d._kind == _INF else d
    return _finish(d._sign, d._coef, d._exp, ctx)


def _settled(y, err, prec):
    """Whether every value within err units of y (> 0) rounds half-even to one prec-digit
    coefficient (the result is then correctly rounded from y)."""
    lo, hi = y - err, y + err
    if lo <= 0 or _nd(lo) != _nd(hi):
        return False
    drop = _nd(hi) - prec + 1
    if drop <= 1:
        return False
    return (_dm.drop_digits(0, lo * 10 + 1, drop, ROUND_HALF_EVEN)[0]
            == _dm.drop_digits(0, hi * 10 + 1, drop, ROUND_HALF_EVEN)[0])


def _operator(op, reflected):
    """The operator method running op(a, b, current context) on Decimal or int operands."""
    if reflected:
        def method(self, other):
            other = _operand(other)
            if other is NotImplemented:
                return other
            return op(other, self, getcontext())
    else:
        def method(self, other):
            other = _operand(other)
            if other is NotImplemented:
                return other
            return op(self, other, getcontext())
    return method


for _name, _op in (('add', Decimal._add), ('sub', Decimal._sub), ('mul', Decimal._mul),
                   ('truediv', Decimal._div), ('floordiv', Decimal._floordiv),
                   ('mod', Decimal._mod), ('divmod', Decimal._divmod)):
    for _reflected in (False, True):
        _m = _operator(_op, _reflected)
        _m.__name__ = _m.__qualname__ = f"__{'r' if _reflected else ''}{_name}__"
        setattr(Decimal, _m.__name__, _m)
del _name, _op, _reflected, _m
Decimal.__module__ = 'decimal'
_cx._Decimal = Decimal
_numbers.Number.register(Decimal)
