print("  [_pkg._sub] executing, __name__ =", __name__, "__package__ =", __package__)
SUB_VALUE = "sub value"
def sub_function():
    from . import PKG_VALUE
    return "sub_function sees " + PKG_VALUE
