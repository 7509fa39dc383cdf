# from-import: names, aliases, missing names, binding semantics
from _helper import CONSTANT, greet, Counter as C
print(CONSTANT, greet("from-import"), C.__name__)
from _helper import counter_state, record
record(1)
print(counter_state)
import _helper
_helper.CONSTANT = "rebound in module"
print(CONSTANT, _helper.CONSTANT)
from _helper import CONSTANT
print(CONSTANT)
try:
    from _helper import does_not_exist
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
    print("name:", e.name)
try:
    from _helper import CONSTANT, also_missing
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
from _helper import (
    greet as g,
    record as r,
)
print(g("parenthesized"), r(2), counter_state)
def local_scope():
    from _helper import greet
    return greet("local")
print(local_scope(), "greet" in dir())
from _pkg import PKG_VALUE, sub_function
print(PKG_VALUE, sub_function())
from _pkg._sub import SUB_VALUE as SV
print(SV)
from _pkg._inner import deep_function, INNER
print(deep_function(), INNER)
