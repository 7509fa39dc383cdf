"""Exact rational numbers: Fraction(numerator, denominator), always in lowest terms with a
positive denominator.

pyvm's fractions, written from the Python 3.13 documentation. A Fraction is built from ints,
other Rationals, floats, Decimals or strings ('3/4', '-1.25e2', '1_000'); arithmetic with ints
and Rationals stays exact, with floats and complex numbers it goes inexact; hashes equal those of
equal ints and floats (the numeric hash of the language reference); __format__ takes the float
presentation types and, without one, formats the fraction text."""

import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

_MODULUS = sys.hash_info.modulus
_HASH_OF_INFINITY = sys.hash_info.inf


def _lowest_terms(top, bottom):
    """(top, bottom) divided by their gcd, the sign carried by top; bottom must be non-zero."""
    if bottom == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % top)
    common = math.gcd(top, bottom)
    if bottom < 0:
        common = -common
    return top // common, bottom // common


# == text to fraction =========================================================================

class _Reader:
    """A cursor over a numeric literal: digit runs may hold single underscores between digits."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos:self.pos + 1]

    def take(self, choices):
        ch = self.peek()
        if ch and ch in choices:
            self.pos += 1
            return ch
        return ''

    def digits(self, required):
        """A run like 12_345 (possibly empty unless required); None if malformed."""
        start = self.pos
        text = self.text
        while True:
            while self.pos < len(text) and text[self.pos].isdecimal():
                self.pos += 1
            if (self.peek() == '_' and self.pos > start
                    and self.pos + 1 < len(text) and text[self.pos + 1].isdecimal()):
                self.pos += 1
                continue
            break
        run = text[start:self.pos]
        if required and not run:
            return None
        return run

    def skip_blanks(self):
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def at_end(self):
        return self.pos == len(self.text)


def _parse_literal(text):
    """(numerator, denominator) of a Fraction literal, not reduced; ValueError if malformed."""
    reader = _Reader(text.strip())
    negative = reader.take('+-') == '-'
    starts_ok = reader.peek().isdecimal() or (
        reader.peek() == '.' and reader.text[reader.pos + 1:reader.pos + 2].isdecimal())
    whole = reader.digits(False) if starts_ok else None
    if whole is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    save = reader.pos
    reader.skip_blanks()
    if reader.take('/'):
        reader.skip_blanks()
        below = reader.digits(True)
        if below is None or not reader.at_end() or not whole:
            raise ValueError('Invalid literal for Fraction: %r' % text)
        top, bottom = int(whole), int(below)
    else:
        reader.pos = save
        top, bottom = int(whole or '0'), 1
        if reader.take('.'):
            decimals = reader.digits(False).replace('_', '')
            if decimals:
                top = top * 10 ** len(decimals) + int(decimals)
                bottom = 10 ** len(decimals)
        if reader.take('eE'):
            exponent_sign = reader.take('+-')
            exponent = reader.digits(True)
            if exponent is None:
                raise ValueError('Invalid literal for Fraction: %r' % text)
            power = int(exponent)
            if exponent_sign == '-':
                bottom *= 10 ** power
            else:
                top *= 10 ** power
        if not reader.at_end():
            raise ValueError('Invalid literal for Fraction: %r' % text)
    return (-top if negative else top), bottom


# == formatting ==============================================================================

# [[fill]align][sign][z][#][0][width][,|_][.precision] and a float presentation type.
_FLOAT_STYLE = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
    (?:\.(?P<precision>[0-9]+))?
    (?P<presentation_type>[eEfFgG%])
""", re.DOTALL | re.VERBOSE)

# [[fill]align][sign][#][width][,|_] and no presentation type: the fraction's own text (a
# width is 0 or does not start with 0: there is no zero padding).
_TEXT_STYLE = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<alt>\#)?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
""", re.DOTALL | re.VERBOSE)


def _nearest(top, bottom):
    """The integer nearest top/bottom (bottom > 0), ties to even."""
    quotient, remainder = divmod(top, bottom)
    twice = 2 * remainder
    if twice > bottom or (twice == bottom and quotient & 1):
        quotient += 1
    return quotient


def _fixed_digits(top, bottom, places):
    """top/bottom rounded to places decimals: (integer digits, decimal digits)."""
    text = str(_nearest(top * 10 ** places, bottom)).rjust(places + 1, '0')
    if not places:
        return text, ''
    return text[:-places], text[-places:]


def _significant_digits(top, bottom, figures):
    """top/bottom (>= 0) to figures significant digits: (digits, decimal exponent of the
    first digit)."""
    if top == 0:
        return '0' * figures, 0
    exponent = len(str(top)) - len(str(bottom))
    if (top * 10 ** -exponent if exponent < 0 else top) < (bottom if exponent < 0
                                                          else bottom * 10 ** exponent):
        exponent -= 1
    shift = figures - 1 - exponent
    scaled = _nearest(top * 10 ** max(shift, 0), bottom * 10 ** max(-shift, 0))
    if scaled >= 10 ** figures:     # the rounding carried into a new leading digit
        scaled //= 10
        exponent += 1
    return str(scaled), exponent


def _grouped(digits, separator):
    if not separator:
        return digits
    head = len(digits) % 3 or 3
    return separator.join([digits[:head]] + [digits[i:i + 3]
                                             for i in range(head, len(digits), 3)])


def _zero_filled(whole, width, separator):
    if not separator:
        return whole.rjust(width, '0')
    grouped = _grouped(whole, separator)
    while len(grouped) < width:
        whole = '0' + whole
        grouped = _grouped(whole, separator)
    return grouped


def _aligned(sign, body, fill, align, width):
    padding = fill * max(width - len(sign) - len(body), 0)
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    if align == '=':
        return sign + padding + body
    return padding + sign + body


def _format_as_text(top, bottom, spec):
    fill, align = spec['fill'] or ' ', spec['align'] or '>'
    positive_sign = '' if spec['sign'] in ('', '-') else spec['sign']
    separator = spec['thousands_sep'] or ''
    body = _grouped(str(abs(top)), separator)
    if bottom > 1 or spec['alt']:
        body += '/' + _grouped(str(bottom), separator)
    sign = '-' if top < 0 else positive_sign
    return _aligned(sign, body, fill, align, int(spec['minimumwidth'] or '0'))


def _format_as_float(top, bottom, spec, format_spec, type_name):
    if spec['align'] is not None and spec['zeropad'] is not None:
        raise ValueError('Invalid format specifier %r for object of type %r'
                         % (format_spec, type_name))
    fill, align = spec['fill'] or ' ', spec['align'] or '>'
    positive_sign = '' if spec['sign'] in ('', '-') else spec['sign']
    alternate = bool(spec['alt'])
    width = int(spec['minimumwidth'] or '0')
    separator = spec['thousands_sep'] or ''
    precision = int(spec['precision'] or '6')
    kind = spec['presentation_type']
    if kind in 'gG':
        precision = max(precision, 1)
    negative = top < 0
    top = abs(top)
    suffix = ''
    if kind in 'fF%':
        if kind == '%':
            top *= 100
            suffix = '%'
        whole, decimals = _fixed_digits(top, bottom, precision)
        zero = not (whole + decimals).strip('0')
    else:
        figures = precision if kind in 'gG' else precision + 1
        digits, exponent = _significant_digits(top, bottom, figures)
        zero = top == 0
        if kind in 'gG' and -4 <= exponent < figures:
            whole, decimals = _fixed_digits(top, bottom, figures - 1 - exponent)
        else:
            whole, decimals = digits[0], digits[1:]
            suffix = '%s%+03d' % ('E' if kind in 'EG' else 'e', exponent)
    if kind in 'gG' and not alternate:
        decimals = decimals.rstrip('0')
    point = '.' if decimals or alternate else ''
    if negative and zero and spec['no_neg_zero']:
        negative = False
    sign = '-' if negative else positive_sign
    if spec['zeropad']:
        room = width - len(sign) - len(point) - len(decimals) - len(suffix)
        return sign + _zero_filled(whole, room, separator) + point + decimals + suffix
    body = _grouped(whole, separator) + point + decimals + suffix
    return _aligned(sign, body, fill, align, width)


# == exact operations on (numerator, denominator) pairs =======================================

def _fraction(top, bottom):
    return _make(Fraction, *_lowest_terms(top, bottom))


def _sum_of(an, ad, bn, bd):
    return _fraction(an * bd + bn * ad, ad * bd)


def _difference_of(an, ad, bn, bd):
    return _fraction(an * bd - bn * ad, ad * bd)


def _product_of(an, ad, bn, bd):
    return _fraction(an * bn, ad * bd)


def _quotient_of(an, ad, bn, bd):
    if bn == 0:
        raise ZeroDivisionError('Fraction(1, 0)')      # the text CPython 3.13 gives for any n/0
    return _fraction(an * bd, ad * bn)


def _floor_quotient_of(an, ad, bn, bd):
    return (an * bd) // (ad * bn)


def _remainder_of(an, ad, bn, bd):
    return _fraction((an * bd) % (bn * ad), ad * bd)


def _quotient_and_remainder_of(an, ad, bn, bd):
    whole, rest = divmod(an * bd, ad * bn)
    return whole, Fraction(rest, ad * bd)


def _make(cls, top, bottom):
    """An instance of cls holding top/bottom, which must already be in lowest terms."""
    made = object.__new__(cls)
    made._numerator = top
    made._denominator = bottom
    return made


def _is_decimal(value):
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(value, decimal.Decimal)


class Fraction(numbers.Rational):
    """Fraction(numerator=0, denominator=None): numerator and denominator are Rationals (ints,
    Fractions); alone, numerator may also be a float, a Decimal or a string such as '3/7',
    '-1.5e-3' or ' 10_000 '."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return _make(cls, numerator, 1)
            if isinstance(numerator, numbers.Rational):
                return _make(cls, numerator.numerator, numerator.denominator)
            if isinstance(numerator, float) or _is_decimal(numerator):
                return _make(cls, *numerator.as_integer_ratio())
            if isinstance(numerator, str):
                return _make(cls, *_lowest_terms(*_parse_literal(numerator)))
            raise TypeError('argument should be a string or a Rational instance')
        if type(numerator) is int and type(denominator) is int:
            return _make(cls, *_lowest_terms(numerator, denominator))
        if isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
            return _make(cls, *_lowest_terms(top, bottom))
        raise TypeError('both arguments should be Rational instances')

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return _make(cls, *f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an int is accepted too)."""
        if isinstance(dec, numbers.Integral):
            return _make(cls, int(dec), 1)
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return _make(cls, *dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Convergents h/k of the continued fraction of self, until the next one's denominator
        # would pass the limit; then the best semiconvergent below the limit competes.
        h_before, k_before, h_last, k_last = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term, rest = divmod(top, bottom)
            k_next = k_before + term * k_last
            if k_next > max_denominator:
                break
            h_before, k_before, h_last, k_last = h_last, k_last, h_before + term * h_last, k_next
            top, bottom = bottom, rest
        steps = (max_denominator - k_before) // k_last
        semi = _make(Fraction, h_before + steps * h_last, k_before + steps * k_last)
        convergent = _make(Fraction, h_last, k_last)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        spec = _TEXT_STYLE.fullmatch(format_spec)
        if spec is not None:
            return _format_as_text(self._numerator, self._denominator, spec)
        spec = _FLOAT_STYLE.fullmatch(format_spec)
        if spec is None:
            raise ValueError('Invalid format specifier %r for object of type %r'
                             % (format_spec, type(self).__name__))
        return _format_as_float(self._numerator, self._denominator, spec, format_spec,
                                type(self).__name__)

    # -- arithmetic: exact with ints and Rationals, inexact with floats and complex numbers --

    def _forward(self, other, exact, inexact, complex_too=True):
        if isinstance(other, Fraction):
            pair = other._numerator, other._denominator
        elif isinstance(other, int):
            pair = other, 1
        elif isinstance(other, float):
            return inexact(float(self), other)
        elif complex_too and isinstance(other, complex):
            return inexact(complex(self), other)
        else:
            return NotImplemented
        return exact(self._numerator, self._denominator, *pair)

    def _reflected(self, other, exact, inexact, complex_too=True):
        if isinstance(other, numbers.Rational):
            left = Fraction(other)
            return exact(left._numerator, left._denominator, self._numerator, self._denominator)
        if isinstance(other, numbers.Real):
            return inexact(float(other), float(self))
        if complex_too and isinstance(other, numbers.Complex):
            return inexact(complex(other), complex(self))
        return NotImplemented

    def __add__(self, other):
        return self._forward(other, _sum_of, operator.add)

    def __radd__(self, other):
        return self._reflected(other, _sum_of, operator.add)

    def __sub__(self, other):
        return self._forward(other, _difference_of, operator.sub)

    def __rsub__(self, other):
        return self._reflected(other, _difference_of, operator.sub)

    def __mul__(self, other):
        return self._forward(other, _product_of, operator.mul)

    def __rmul__(self, other):
        return self._reflected(other, _product_of, operator.mul)

    def __truediv__(self, other):
        return self._forward(other, _quotient_of, operator.truediv)

    def __rtruediv__(self, other):
        return self._reflected(other, _quotient_of, operator.truediv)

    def __floordiv__(self, other):
        return self._forward(other, _floor_quotient_of, operator.floordiv, False)

    def __rfloordiv__(self, other):
        return self._reflected(other, _floor_quotient_of, operator.floordiv, False)

    def __mod__(self, other):
        return self._forward(other, _remainder_of, operator.mod, False)

    def __rmod__(self, other):
        return self._reflected(other, _remainder_of, operator.mod, False)

    def __divmod__(self, other):
        return self._forward(other, _quotient_and_remainder_of, divmod, False)

    def __rdivmod__(self, other):
        return self._reflected(other, _quotient_and_remainder_of, divmod, False)

    def __pow__(self, other):
        """Exact for an integral Rational exponent; a float (or complex) otherwise."""
        if isinstance(other, numbers.Rational):
            if other.denominator != 1:
                return float(self) ** float(other)
            power = other.numerator
            top, bottom = self._numerator, self._denominator
            if power < 0:
                if top == 0:
                    raise ZeroDivisionError('Fraction(1, 0)')
                top, bottom, power = bottom, top, -power
                if bottom < 0:
                    top, bottom = -top, -bottom
            return _make(Fraction, top ** power, bottom ** power)
        if isinstance(other, (float, complex)):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, numbers.Rational):
            return Fraction(other.numerator, other.denominator) ** self
        if self._denominator == 1:
            return other ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return _make(Fraction, self._numerator, self._denominator)

    def __neg__(self):
        return _make(Fraction, -self._numerator, self._denominator)

    def __abs__(self):
        return _make(Fraction, abs(self._numerator), self._denominator)

    def __int__(self):
        top, bottom = self._numerator, self._denominator
        return top // bottom if top >= 0 else -(-top // bottom)

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """round(f) is an int (ties to even); round(f, n) a Fraction with n decimals."""
        if ndigits is None:
            return _nearest(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(_nearest(self._numerator * scale, self._denominator), scale)
        return Fraction(_nearest(self._numerator, self._denominator * scale) * scale)

    def __hash__(self):
        # The numeric hash of the language reference: n * d^-1 modulo the hash prime, with
        # the sign of n; a denominator the prime divides hashes as infinity.
        if self._denominator % _MODULUS == 0:
            value = _HASH_OF_INFINITY
        else:
            value = abs(self._numerator) % _MODULUS * pow(self._denominator, -1, _MODULUS) % _MODULUS
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    # -- comparisons ------------------------------------------------------------------------

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, numbers.Rational):
            return (self._numerator, self._denominator) == (other.numerator, other.denominator)
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if not math.isfinite(other):
                return False
            return self == Fraction.from_float(other)
        return NotImplemented

    def _order(self, other, test):
        if isinstance(other, numbers.Rational):
            return test(self._numerator * other.denominator,
                        self._denominator * other.numerator)
        if isinstance(other, float):
            if not math.isfinite(other):
                return test(0.0, other)
            return test(self, Fraction.from_float(other))
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, operator.lt)

    def __le__(self, other):
        return self._order(other, operator.le)

    def __gt__(self, other):
        return self._order(other, operator.gt)

    def __ge__(self, other):
        return self._order(other, operator.ge)

    def __bool__(self):
        return self._numerator != 0

    # -- pickling and copying: the pair is the state; a plain Fraction is immutable ----------

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
