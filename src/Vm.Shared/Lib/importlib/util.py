"""importlib.util: finding specs, making specs and modules from files and loaders, source decoding
and the cache-path helpers."""
import sys
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader, SOURCE_SUFFIXES

# CPython 3.13's bytecode magic (programs compare or print it; the VM writes no .pyc files)
MAGIC_NUMBER = (3571).to_bytes(2, "little") + b"\r\n"


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


_NO_LOCATIONS = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_NO_LOCATIONS):
    """A spec for the module `name` in the file `location` (a SourceFileLoader for a .py file);
    None when no loader is given and the file is not Python source."""
    import os
    if location is None:
        location = "<unknown>"
        if loader is not None and hasattr(loader, "get_filename"):
            location = loader.get_filename(name)
    else:
        location = os.fspath(location)
    if loader is None:
        if not any(location.endswith(suffix) for suffix in SOURCE_SUFFIXES):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _NO_LOCATIONS:
        is_package = getattr(loader, "is_package", None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = [os.path.dirname(location)]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for `name` loaded by `loader` (asking the loader whether it is a package)."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if origin is None and hasattr(loader, "get_filename"):
        try:
            return spec_from_file_location(name, loader=loader)
        except ImportError:
            pass
    if is_package is None:
        ask = getattr(loader, "is_package", None)
        is_package = bool(ask(name)) if ask is not None else False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for `spec`, with its import attributes set (not yet executed)."""
    module = None
    loader = spec.loader
    if loader is not None and hasattr(loader, "create_module"):
        module = loader.create_module(spec)
    elif loader is not None and hasattr(loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    return module


def decode_source(source_bytes):
    """Source bytes to str: the encoding declared by a PEP 263 line (UTF-8 by default), with
    universal newlines."""
    import re
    encoding = "utf-8"
    if source_bytes.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        for line in source_bytes.splitlines()[:2]:
            declared = re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
            if declared:
                encoding = declared.group(1).decode("ascii")
                break
            if line.strip() and not line.lstrip().startswith(b"#"):
                break
    return source_bytes.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where CPython would cache the bytecode of the source file `path` (PEP 3147)."""
    import os
    path = os.fspath(path)
    head, tail = os.path.split(path)
    base, _, _ = tail.rpartition(".")
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    name = f"{base}.{tag}" if optimization in (None, "") else f"{base}.{tag}.opt-{optimization}"
    return os.path.join(head, "__pycache__", name + ".pyc")


def source_from_cache(path):
    """The source file of a PEP 3147 cache path."""
    import os
    path = os.fspath(path)
    head, pycache_name = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != "__pycache__":
        raise ValueError(f"__pycache__ not bottom-level directory in {path!r}")
    if pycache_name.count(".") not in (2, 3):
        raise ValueError(f"expected only 2 or 3 dots in {pycache_name!r}")
    base = pycache_name.split(".", 1)[0]
    return os.path.join(head, base + SOURCE_SUFFIXES[0])

