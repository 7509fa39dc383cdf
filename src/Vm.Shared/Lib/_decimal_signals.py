"""The decimal module's signals (the exception classes of the General Decimal Arithmetic
specification) and the bit each one has in a context's flags and traps.

A decimal operation collects what happened as an int of bits (cheap to build in the hot path);
Context._signal turns the bits into flags and, for trapped ones, into the exception CPython's C
module raises: the first trapped signal in SIGNALS order, its argument the list of conditions and
trapped signals that occurred (``[<class 'decimal.ConversionSyntax'>]``)."""

__all__ = ()


class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the representation."""


class InvalidOperation(DecimalException):
    """An operation with no sensible result (the result is NaN when not trapped)."""


class ConversionSyntax(InvalidOperation):
    """A string is not a decimal number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """A result was rounded and lost non-zero digits."""


class InvalidContext(InvalidOperation):
    """A context's settings are out of range."""


class Rounded(DecimalException):
    """A result was rounded (digits, possibly zeros, were dropped)."""


class Subnormal(DecimalException):
    """A result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """A result's adjusted exponent is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimal (constructor, ordering comparisons)."""


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
             Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

# Signal bits (flags and traps hold only these).
INVALID = 1
FLOATOP = 2
DIVZERO = 4
OVERFLOW = 8
UNDERFLOW = 16
SUBNORMAL = 32
INEXACT = 64
ROUNDED = 128
CLAMPED = 256
SIGNAL_BITS = 511
# Conditions: each raises the InvalidOperation flag, the exception's list names the condition.
COND_INVALID = 1 << 9
COND_SYNTAX = 1 << 10
COND_IMPOSSIBLE = 1 << 11
COND_UNDEFINED = 1 << 12
COND_CONTEXT = 1 << 13
CONDITION_BITS = COND_INVALID | COND_SYNTAX | COND_IMPOSSIBLE | COND_UNDEFINED | COND_CONTEXT

SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
           Inexact, Rounded, Clamped)
SIGNAL_BIT = {cls: 1 << i for i, cls in enumerate(SIGNALS)}
CONDITIONS = ((COND_INVALID, InvalidOperation), (COND_SYNTAX, ConversionSyntax),
              (COND_IMPOSSIBLE, DivisionImpossible), (COND_UNDEFINED, DivisionUndefined),
              (COND_CONTEXT, InvalidContext))


def as_flags(bits):
    """The signal bits an operation's bits set (conditions set InvalidOperation)."""
    if bits & CONDITION_BITS:
        bits |= INVALID
    return bits & SIGNAL_BITS


def trap_exception(bits, trapped):
    """The exception for the trapped part of an operation's bits, or None."""
    hit = as_flags(bits) & trapped
    if not hit:
        return None
    listed = []
    if hit & INVALID:
        listed.extend(cls for bit, cls in CONDITIONS if bits & bit)
    for i in range(1, len(SIGNALS)):
        if hit & (1 << i):
            listed.append(SIGNALS[i])
    first = SIGNALS[(hit & -hit).bit_length() - 1]
    return first(listed)
