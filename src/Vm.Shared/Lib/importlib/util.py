"""importlib.util: find_spec and resolve_name."""
import sys
from importlib import _resolve_name
from importlib.machinery import ModuleSpec


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module, importing its parent package if needed; None when not found."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        spec = getattr(module, "__spec__", None)
        if spec is None:
            raise ValueError(f"{fullname}.__spec__ is None")
        return spec
    try:
        __import__(fullname)
    except ModuleNotFoundError:
        return None
    return sys.modules[fullname].__spec__
