"""Fraction: exact rational numbers, always kept in lowest terms with a positive denominator."""

import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf

# sign, integer part, fraction, exponent; or numerator '/' denominator. Underscores as in int().
_FRACTION_TEXT = re.compile(r"""
    \s*(?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*(?:_\d+)*)
    (?:
        \s*/\s*(?P<denom>\d+(?:_\d+)*)
      |
        (?:\.(?P<decimal>\d*(?:_\d+)*))?
        (?:[eE](?P<exp>[-+]?\d+(?:_\d+)*))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)

# [[fill]align][sign][z][#][0][width][,|_][.precision][type] for the float-style presentation types.
_FLOAT_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<minimumwidth>[0-9]+)?
    (?P<thousands_sep>[,_])?
    (?:\.(?P<precision>[0-9]+))?
    (?P<presentation_type>[eEfFgG%])
""", re.DOTALL | re.VERBOSE)

# [[fill]align][sign][#][width][,|_] with no presentation type: formats str(self).
_PLAIN_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<alt>\#)?
    (?P<minimumwidth>[0-9]+)?
    (?P<thousands_sep>[,_])?
""", re.DOTALL | re.VERBOSE)


def _round_half_even(n, d):
    """The integer nearest n/d (d > 0), ties to even."""
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


def _fixed(n, d, decimals):
    """n/d rounded (half to even) to `decimals` places: (integer digits, fraction digits)."""
    digits = str(_round_half_even(n * 10 ** decimals, d)).rjust(decimals + 1, '0')
    if decimals == 0:
        return digits, ''
    return digits[:-decimals], digits[-decimals:]


def _scientific(n, d, figures):
    """n/d (>= 0) rounded to `figures` significant digits: (the digits, the decimal exponent of the first)."""
    if n == 0:
        return '0' * figures, 0
    exp = len(str(n)) - len(str(d))
    if (n * 10 ** -exp if exp < 0 else n) < (d if exp < 0 else d * 10 ** exp):
        exp -= 1
    shift = figures - 1 - exp
    scaled = _round_half_even(n * 10 ** max(shift, 0), d * 10 ** max(-shift, 0))
    if scaled >= 10 ** figures:  # rounding carried into a new digit: 9.99 -> 10.0
        scaled //= 10
        exp += 1
    return str(scaled), exp


def _group(digits, sep):
    if not sep:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction('-1.25e2'), Fraction(0.5),
    Fraction(other_rational)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator, self._denominator = numerator.numerator, numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, str):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = cls._parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @staticmethod
    def _parse(text):
        m = _FRACTION_TEXT.match(text)
        if m is None:
            raise ValueError('Invalid literal for Fraction: %r' % text)
        numerator = int(m.group('num') or '0')
        denom = m.group('denom')
        if denom:
            denominator = int(denom)
        else:
            denominator = 1
            decimal = m.group('decimal')
            if decimal:
                decimal = decimal.replace('_', '')
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
            exp = m.group('exp')
            if exp:
                exp = int(exp)
                if exp >= 0:
                    numerator *= 10 ** exp
                else:
                    denominator *= 10 ** -exp
        if m.group('sign') == '-':
            numerator = -numerator
        return numerator, denominator

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not hasattr(dec, 'as_integer_ratio') or isinstance(dec, float):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion; the answer is the last convergent within the
        # limit or the best semiconvergent between it and the one before.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- formatting ------------------------------------------------------------

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        m = _PLAIN_SPEC.fullmatch(format_spec)
        if m is not None:
            fill = m['fill'] or ' '
            align = m['align'] or '>'
            pos_sign = '' if m['sign'] in ('', '-') else m['sign']
            alternate = bool(m['alt'])
            width = int(m['minimumwidth'] or '0')
            sep = m['thousands_sep'] or ''
            n, d = self._numerator, self._denominator
            body = _group(str(abs(n)), sep)
            if d > 1 or alternate:
                body += '/' + _group(str(d), sep)
            sign = '-' if n < 0 else pos_sign
            return self._pad(sign, body, fill, align, width)
        m = _FLOAT_SPEC.fullmatch(format_spec)
        if m is None:
            raise ValueError("Invalid format specifier %r for object of type %r" % (format_spec, type(self).__name__))
        if m['align'] is not None and m['zeropad'] is not None:
            raise ValueError("Invalid format specifier %r for object of type %r; can't use explicit "
                             "alignment when zero-padding" % (format_spec, type(self).__name__))
        fill = m['fill'] or ' '
        align = m['align'] or '>'
        pos_sign = '' if m['sign'] in ('', '-') else m['sign']
        no_neg_zero = bool(m['no_neg_zero'])
        alternate = bool(m['alt'])
        zeropad = bool(m['zeropad'])
        width = int(m['minimumwidth'] or '0')
        sep = m['thousands_sep'] or ''
        precision = int(m['precision'] or '6')
        kind = m['presentation_type']
        trim_zeros = kind in 'gG' and not alternate
        trim_point = not alternate
        exponent_char = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}.get(kind, '')
        if kind in 'gG':
            precision = max(precision, 1)

        n, d = self._numerator, self._denominator
        negative = n < 0
        n = abs(n)
        suffix = ''
        if kind in 'fF%':
            if kind == '%':
                n *= 100
                suffix = '%'
            whole, frac = _fixed(n, d, precision)
            is_zero = not any(c != '0' for c in whole + frac)
        else:
            figures = precision if kind in 'gG' else precision + 1
            digits, exp = _scientific(n, d, figures)
            is_zero = n == 0
            if kind in 'gG' and -4 <= exp < figures:
                whole, frac = _fixed(n, d, figures - 1 - exp)
            else:
                whole, frac = digits[0], digits[1:]
                suffix = '%s%+03d' % (exponent_char, exp)
        if trim_zeros:
            frac = frac.rstrip('0')
        point = '.' if frac or not trim_point else ''
        if negative and is_zero and no_neg_zero:
            negative = False
        sign = '-' if negative else pos_sign
        if zeropad:
            width_left = width - len(sign) - len(point) - len(frac) - len(suffix)
            whole = self._zero_fill(whole, width_left, sep)
        else:
            whole = _group(whole, sep)
        body = whole + point + frac + suffix
        if zeropad:
            return sign + body
        return self._pad(sign, body, fill, align, width)

    @staticmethod
    def _zero_fill(whole, width, sep):
        if not sep:
            return whole.rjust(width, '0')
        grouped = _group(whole, sep)
        while len(grouped) < width:
            whole = '0' + whole
            grouped = _group(whole, sep)
        return grouped

    @staticmethod
    def _pad(sign, body, fill, align, width):
        padding = fill * max(width - len(sign) - len(body), 0)
        if align == '<':
            return sign + body + padding
        if align == '^':
            half = len(padding) // 2
            return padding[:half] + sign + body + padding[half:]
        if align == '=':
            return sign + padding + body
        return padding + sign + body

    # -- arithmetic --------------------------------------------------------------

    def _operator_fallbacks(monomorphic, fallback):
        """Forward and reverse methods for an operator: exact for ints and Fractions (and other
        Rationals), float or complex arithmetic otherwise."""
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic(a, b)
            if isinstance(b, int):
                return monomorphic(a, Fraction._from_coprime_ints(b, 1))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + fallback.__name__ + '__'

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + fallback.__name__ + '__'
        return forward, reverse

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db + nb * da, da * db)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db - nb * da, da * db)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b, modulo=None):
        if modulo is not None:
            return NotImplemented
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                if a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
                return Fraction._from_coprime_ints((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(_round_half_even(self._numerator * shift, self._denominator), shift)
        return Fraction(_round_half_even(self._numerator, self._denominator * shift) * shift)

    def __hash__(self):
        # The hash every equal number has: n * (1/d mod P), with the sign of the fraction.
        try:
            inverse = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * inverse)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    # -- pickling and copying ------------------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
