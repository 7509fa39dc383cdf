# Helper of module_getattr_dir.py: a module with PEP 562 __getattr__ and __dir__.
import warnings

_MOVED = {"old_name": "new_name"}
new_name = "the new value"
calls = []


def __getattr__(name):
    calls.append(name)
    if name in _MOVED:
        warnings.warn(f"{name} is deprecated, use {_MOVED[name]}", DeprecationWarning, stacklevel=2)
        return globals()[_MOVED[name]]
    if name == "computed":
        value = sum(range(10))
        globals()["computed"] = value  # cached: __getattr__ is not called again
        return value
    if name == "broken":
        raise KeyError("not an AttributeError")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(["new_name", "old_name", "computed", "calls"])
