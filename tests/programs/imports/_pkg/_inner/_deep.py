print("  [_pkg._inner._deep] executing, __name__ =", __name__)
from .._sub import SUB_VALUE
def deep_function():
    return "deep_function got " + SUB_VALUE
