# star imports honour __all__; circular imports see partially initialised modules
from _helper import *
print(CONSTANT, greet("star"), Counter.__name__, exported_only_via_all)
print("not_in_all" in dir(), "_private" in dir(), "record" in dir())
import sys
print("_circ_a" in sys.modules)
import _circ_a
print(_circ_a.A_LATE)
import _circ_b
print(_circ_b.B_VALUE)
print(sorted(k for k in sys.modules if k.startswith("_circ")))
def star_in_function():
    ns = {}
    exec("from _helper import *", ns)
    return sorted(k for k in ns if not k.startswith("__"))
print(star_in_function())
import _pkg._sub as s
print(sorted(k for k in dir(s) if not k.startswith("__")))
