"""Package docstring for _pkg."""
print("  [_pkg] __init__ executing, __name__ =", __name__, "__package__ =", __package__)
PKG_VALUE = "from package __init__"
from ._sub import sub_function
from . import _inner
