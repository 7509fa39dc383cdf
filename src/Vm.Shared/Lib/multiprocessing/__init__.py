"""Process-based parallelism for the FreeThreaded VM: child VM processes started with `spawn`
(or `forkserver`, which starts children the same way), talking through pickled messages.
`fork` cannot exist on .NET: get_context('fork') raises ValueError as CPython does where fork
is unavailable."""

import sys
from . import context

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

# The parent's main module is importable under the name children give it.
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
