"""Decimal contexts: precision, rounding, exponent limits, flags and traps, and the current
context of each thread (a ContextVar, so asyncio tasks get their own as in CPython).

A context keeps its flags and traps as two ints of signal bits (_decimal_signals); ``flags`` and
``traps`` are mapping views over those ints. Operations report their bits through _signal, the one
place that records flags and raises trapped signals. The arithmetic methods of Context are made
from the names of Decimal's methods (decimal.py injects the Decimal class as _Decimal)."""

from contextvars import ContextVar
import _decimal_signals as _sig

_Decimal = None   # set by decimal.py

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
             ROUND_HALF_EVEN, ROUND_05UP)


_SIGNAL_KEYS = ('valid values for signals are:\n'
                '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                '   Clamped]')


class _SignalMap:
    """flags or traps of a context: signal class -> bool, in the signals' fixed order."""
    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bit(self, key):
        bit = _sig.SIGNAL_BIT.get(key)
        if bit is None:
            raise KeyError(_SIGNAL_KEYS)
        return bit

    def __getitem__(self, key):
        return bool(getattr(self._ctx, self._attr) & self._bit(key))

    def __setitem__(self, key, value):
        bit = self._bit(key)
        bits = getattr(self._ctx, self._attr)
        setattr(self._ctx, self._attr, bits | bit if value else bits & ~bit)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(_sig.SIGNALS)

    def __len__(self):
        return len(_sig.SIGNALS)

    def __contains__(self, key):
        return key in _sig.SIGNAL_BIT

    def keys(self):
        return list(_sig.SIGNALS)

    def values(self):
        return [self[k] for k in _sig.SIGNALS]

    def items(self):
        return [(k, self[k]) for k in _sig.SIGNALS]

    def get(self, key, default=None):
        return self[key] if key in _sig.SIGNAL_BIT else default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        try:
            return dict(self.items()) == dict(other.items())
        except AttributeError:
            return NotImplemented

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join(f'{k}:{self[k]}' for k in _sig.SIGNALS) + '}'


def _bits_of(value, allow_list):
    """Signal bits from a mapping signal -> bool (or, for the constructor, a list)."""
    bits = 0
    if not isinstance(value, (dict, _SignalMap)) and not (
            allow_list and isinstance(value, list)):
        raise TypeError('argument must be a signal dict' if not allow_list else
                        'argument must be a list of signals or a signal dict')
    if isinstance(value, (dict, _SignalMap)):
        if len(value) != len(_sig.SIGNALS) or any(k not in _sig.SIGNAL_BIT for k in value):
            raise KeyError(f'invalid signal dict')
        for k in _sig.SIGNALS:
            if value[k]:
                bits |= _sig.SIGNAL_BIT[k]
        return bits
    for k in value:
        bit = _sig.SIGNAL_BIT.get(k)
        if bit is None:
            raise KeyError(f'invalid error flag')
        bits |= bit
    return bits


_set = object.__setattr__

_RANGES = {
    'prec': (1, MAX_PREC, 'valid range for prec is [1, MAX_PREC]'),
    'Emin': (MIN_EMIN, 0, 'valid range for Emin is [MIN_EMIN, 0]'),
    'Emax': (0, MAX_EMAX, 'valid range for Emax is [0, MAX_EMAX]'),
    'capitals': (0, 1, 'valid values for capitals are 0 or 1'),
    'clamp': (0, 1, 'valid values for clamp are 0 or 1'),
}


class Context:
    """The settings of decimal arithmetic and the signals it has raised."""
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clampv', '_flags',
                 '_traps', '_views', '__weakref__')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if DefaultContext is not None else None
        self._views = {}
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clampv = 0
        self._flags = 0
        self._traps = _sig.INVALID | _sig.DIVZERO | _sig.OVERFLOW
        if base is not None:
            self._prec, self._rounding = base._prec, base._rounding
            self._Emin, self._Emax = base._Emin, base._Emax
            self._capitals, self._clampv, self._traps = base._capitals, base._clampv, base._traps
        for name, value in (('prec', prec), ('rounding', rounding), ('Emin', Emin),
                            ('Emax', Emax), ('capitals', capitals), ('clamp', clamp)):
            if value is not None:
                setattr(self, name, value)
        if traps is not None:
            self._traps = _bits_of(traps, True)
        if flags is not None:
            self._flags = _bits_of(flags, True)

    def _set_int(self, name, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        low, high, message = _RANGES[name]
        if not low <= value <= high:
            raise ValueError(message)
        object.__setattr__(self, '_clampv' if name == 'clamp' else '_' + name, value)

    prec = property(lambda self: self._prec, lambda self, v: self._set_int('prec', v))
    Emin = property(lambda self: self._Emin, lambda self, v: self._set_int('Emin', v))
    Emax = property(lambda self: self._Emax, lambda self, v: self._set_int('Emax', v))
    capitals = property(lambda self: self._capitals,
                        lambda self, v: self._set_int('capitals', v))
    clamp = property(lambda self: self._clampv, lambda self, v: self._set_int('clamp', v))

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = value

    def _view(self, attr):
        m = self._views.get(attr)
        if m is None:
            m = self._views[attr] = _SignalMap(self, attr)
        return m

    @property
    def flags(self):
        return self._view('_flags')

    @flags.setter
    def flags(self, value):
        self._flags = _bits_of(value, False)

    @property
    def traps(self):
        return self._view('_traps')

    @traps.setter
    def traps(self, value):
        self._traps = _bits_of(value, False)

    def __setattr__(self, name, value):
        if name.startswith('_') or name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                                            'clamp', 'flags', 'traps'):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")

    def __delattr__(self, name):
        raise AttributeError(f'context attributes cannot be deleted')

    def _signal(self, bits):
        """Record an operation's signal bits; raise the exception of trapped ones."""
        if bits & _sig.CONDITION_BITS:
            _set(self, '_flags', self._flags | _sig.as_flags(bits))
        else:
            _set(self, '_flags', self._flags | bits)
        if bits & self._traps or (bits & _sig.CONDITION_BITS and self._traps & _sig.INVALID):
            exc = _sig.trap_exception(bits, self._traps)
            if exc is not None:
                raise exc

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return _Decimal(10)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        new = object.__new__(Context)
        for name in Context.__slots__[:-2]:
            object.__setattr__(new, name, getattr(self, name))
        object.__setattr__(new, '_views', {})
        return new

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                          self._clampv, _names(self._flags),
                          _names(self._traps)))

    def __repr__(self):
        def listed(bits):
            return '[' + ', '.join(cls.__name__ for cls in _names(bits)) + ']'
        return (f'Context(prec={self._prec}, rounding={self._rounding}, Emin={self._Emin}, '
                f'Emax={self._Emax}, capitals={self._capitals}, clamp={self._clampv}, '
                f'flags={listed(self._flags)}, traps={listed(self._traps)})')

    def create_decimal(self, num='0'):
        return _Decimal._from_context(num, self)

    def create_decimal_from_float(self, f):
        return _Decimal.from_float(f)._apply(self)

    def abs(self, a):
        return _operand(a)._abs(self)

    def _apply(self, a):
        return _operand(a)._apply(self)

    def plus(self, a):
        return _operand(a)._plus(self)

    def minus(self, a):
        return _operand(a)._minus(self)

    def to_sci_string(self, a):
        return _operand(a)._to_string(False, self)

    def to_eng_string(self, a):
        return _operand(a)._to_string(True, self)

    def number_class(self, a):
        return _operand(a).number_class(self)

    def copy_decimal(self, a):
        return _Decimal(_operand(a))

    def canonical(self, a):
        return _operand(a).canonical()

    def power(self, a, b, modulo=None):
        a = _operand(a)
        return a._power(_operand(b), None if modulo is None else _operand(modulo), self)

    def fma(self, a, b, c):
        return _operand(a).fma(b, c, self)

    def divmod(self, a, b):
        return _operand(a)._divmod(_operand(b), self)

    def add(self, a, b):
        return _operand(a)._add(_operand(b), self, 0)

    def subtract(self, a, b):
        return _operand(a)._add(_operand(b), self, 1)

    def multiply(self, a, b):
        return _operand(a)._mul(_operand(b), self)

    def divide(self, a, b):
        return _operand(a)._div(_operand(b), self)

    def divide_int(self, a, b):
        return _operand(a)._intdiv(_operand(b), self, True, False)[0]

    def remainder(self, a, b):
        return _operand(a)._intdiv(_operand(b), self, False, True)[1]

    def is_normal(self, a):
        return _operand(a).is_normal(self)

    def is_subnormal(self, a):
        return _operand(a).is_subnormal(self)


_REPR_ORDER = (_sig.Clamped, _sig.InvalidOperation, _sig.DivisionByZero, _sig.Inexact,
               _sig.FloatOperation, _sig.Overflow, _sig.Rounded, _sig.Subnormal, _sig.Underflow)


def _names(bits):
    """The signals set in bits, in the order CPython's Context repr lists them."""
    return [cls for cls in _REPR_ORDER if bits & _sig.SIGNAL_BIT[cls]]


def _operand(x):
    if isinstance(x, _Decimal):
        return x
    if isinstance(x, int):
        return _Decimal(x)
    raise TypeError(f'conversion from {type(x).__name__} to Decimal is not supported')


def _delegate(name, arity):
    """Context.<name>(a, ...) as Decimal(a).<name>(..., context=self)."""
    if arity == 1:
        def method(self, a):
            return getattr(_operand(a), name)(context=self)
    else:
        def method(self, a, b):
            return getattr(_operand(a), name)(_operand(b), context=self)
    method.__name__ = method.__qualname__ = name
    return method


for _name in ('exp', 'ln', 'log10', 'logb', 'next_minus', 'next_plus', 'normalize', 'sqrt',
              'to_integral_exact', 'to_integral_value', 'logical_invert'):
    setattr(Context, _name, _delegate(_name, 1))
for _name in ('compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'copy_sign',
              'max', 'max_mag', 'min', 'min_mag', 'next_toward', 'quantize', 'remainder_near',
              'rotate', 'same_quantum', 'scaleb', 'shift', 'logical_and', 'logical_or',
              'logical_xor'):
    setattr(Context, _name, _delegate(_name, 2))
for _name in ('copy_abs', 'copy_negate', 'is_canonical', 'is_finite', 'is_infinite', 'is_nan',
              'is_qnan', 'is_snan', 'is_signed', 'is_zero', 'adjusted'):
    def _pred(self, a, _n=_name):
        return getattr(_operand(a), _n)()
    _pred.__name__ = _pred.__qualname__ = _name
    setattr(Context, _name, _pred)
Context.to_integral = Context.to_integral_value
Context.__module__ = 'decimal'

DefaultContext = None
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[_sig.DivisionByZero, _sig.Overflow, _sig.InvalidOperation,
                              _sig.Clamped, _sig.Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current = ContextVar('decimal_context')


def getcontext():
    """The current thread's (task's) context, a copy of DefaultContext at first use."""
    ctx = _current.get(None)
    if ctx is None:
        ctx = DefaultContext.copy()
        _current.set(ctx)
    return ctx


def setcontext(context):
    """Make context current; the three template contexts are copied first."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.set(context)


class _LocalContext:
    __slots__ = ('_new', '_saved')

    def __init__(self, ctx):
        self._new = ctx

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of ctx (or the current context) current in its body;
    keyword arguments set the copy's attributes."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                        'traps'):
            raise TypeError(f"this function got an unexpected keyword argument '{name}'")
        if name in ('flags', 'traps'):
            value = _bits_of(value, True)
            name = '_' + name
        setattr(new, name, value)
    return _LocalContext(new)
