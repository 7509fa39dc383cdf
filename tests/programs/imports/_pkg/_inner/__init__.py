print("  [_pkg._inner] __init__ executing")
from ._deep import deep_function
from .. import _sub as parent_sub
INNER = "inner value"
