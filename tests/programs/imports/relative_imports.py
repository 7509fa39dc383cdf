# relative imports inside a package; relative import errors from a top-level script
import _pkg._inner
print(_pkg._inner.parent_sub.SUB_VALUE, _pkg._inner.deep_function())
print(_pkg._inner._deep.__package__, _pkg._sub.__package__, _pkg.__package__)
print(__package__, __spec__)
try:
    exec("from . import something")
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
try:
    exec("from .. import something")
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
ns = {"__name__": "_pkg._fake", "__package__": "_pkg"}
exec("from . import PKG_VALUE\nfrom ._sub import SUB_VALUE", ns)
print(ns["PKG_VALUE"], ns["SUB_VALUE"])
ns2 = {"__name__": "_pkg._inner._fake", "__package__": "_pkg._inner"}
exec("from .. import PKG_VALUE", ns2)
print(ns2["PKG_VALUE"])
ns3 = {"__name__": "_pkg._inner._fake", "__package__": "_pkg._inner"}
try:
    exec("from .... import too_far", ns3)
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
ns4 = {"__name__": "_pkg._x", "__package__": "_pkg"}
try:
    exec("from . import no_such_name", ns4)
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
