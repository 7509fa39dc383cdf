"""Set handlers for asynchronous events (signals).

Written for the FreeThreaded VM from the documented interface of CPython's signal module. The
native part is _signal (handlers run in the main thread between bytecodes, as CPython's do); this
layer gives signal numbers and the SIG_DFL/SIG_IGN dispositions their enum types.
"""

import _signal
from _signal import *
from enum import IntEnum

Signals = IntEnum('Signals', [(name, value) for name, value in vars(_signal).items()
                              if name.startswith('SIG') and not name.startswith('SIG_') and isinstance(value, int)],
                  module=__name__)
Handlers = IntEnum('Handlers', [('SIG_DFL', _signal.SIG_DFL), ('SIG_IGN', _signal.SIG_IGN)], module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)


def _as_enum(value, kind):
    """The enum member for an int that names one; anything else unchanged."""
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def signal(signalnum, handler):
    """Set the handler of signalnum; return the previous one."""
    return _as_enum(_signal.signal(signalnum, handler), Handlers)


def getsignal(signalnum):
    """The current handler of signalnum."""
    return _as_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """The signal numbers valid on this platform."""
    return {_as_enum(number, Signals) for number in _signal.valid_signals()}


for _wrapper in (signal, getsignal, valid_signals):
    _wrapper.__doc__ = getattr(_signal, _wrapper.__name__).__doc__ or _wrapper.__doc__
del _wrapper
