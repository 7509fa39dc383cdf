# packages: __init__ execution, submodule attributes, package metadata
import _pkg
print(_pkg.PKG_VALUE, _pkg.__name__, _pkg.__package__, _pkg.__doc__)
print(_pkg.__path__[0].endswith("_pkg"), _pkg.__file__.endswith("__init__.py"), _pkg.__spec__.submodule_search_locations is not None)
print(hasattr(_pkg, "_sub"), hasattr(_pkg, "_inner"), _pkg.sub_function())
print(_pkg._inner.INNER, _pkg._inner.deep_function(), _pkg._inner._deep.__package__)
import _pkg._inner._deep
print("re-import of submodule executes nothing")
print(sorted(k for k in vars(_pkg) if not k.startswith("__")))
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(type(_pkg).__name__, type(_pkg._sub).__name__)
try:
    import _pkg.nonexistent_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e, "| name:", e.name)
try:
    import _helper.sub
except ModuleNotFoundError as e:
    print(type(e).__name__ + ":", e)
