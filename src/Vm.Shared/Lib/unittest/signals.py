"""unittest.signals: Ctrl-C handling under the module path CPython's code imports it from."""
from unittest.interrupts import installHandler, registerResult, removeResult, removeHandler
