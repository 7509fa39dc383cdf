"""Utilities for packages: listing the modules under a path or package, walking packages,
reading data files that live beside a package's modules, resolving "pkg.mod:attr" names.

Written from the library documentation. The VM imports modules natively rather than through
sys.path_hooks, so the finders here (ModuleInfo.module_finder, get_importer) are directory
finders over the file system; modules shipped inside the VM are not listed by iter_modules.
"""

import importlib
import importlib.util
import os
import re
import sys
from collections import namedtuple

__all__ = ["get_importer", "iter_importers", "walk_packages", "iter_modules", "get_data",
           "read_code", "extend_path", "ModuleInfo", "resolve_name"]

ModuleInfo = namedtuple("ModuleInfo", "module_finder name ispkg")
ModuleInfo.__doc__ = "A namedtuple with minimal info about a module."


class _DirectoryFinder:
    """Finds modules (name.py) and packages (name/__init__.py) in one directory."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return f"FileFinder({self.path!r})"

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition(".")[2]
        base = os.path.join(self.path or ".", tail)
        init = os.path.join(base, "__init__.py")
        if os.path.isfile(init):
            return importlib.util.spec_from_file_location(fullname, init, submodule_search_locations=[base])
        if os.path.isfile(base + ".py"):
            return importlib.util.spec_from_file_location(fullname, base + ".py")
        return None

    def iter_modules(self, prefix=""):
        try:
            names = sorted(os.listdir(self.path or "."))
        except OSError:
            return
        seen = set()
        for entry in names:
            full = os.path.join(self.path or ".", entry)
            if entry.endswith(".py") and os.path.isfile(full):
                name, ispkg = entry[:-3], False
                if name == "__init__":
                    continue
            elif "." not in entry and os.path.isfile(os.path.join(full, "__init__.py")):
                name, ispkg = entry, True
            else:
                continue
            if not name.isidentifier() or name in seen:
                continue
            seen.add(name)
            yield prefix + name, ispkg


def get_importer(path_item):
    """The finder for a sys.path entry (a directory finder), or None for one that is not a
    directory."""
    path_item = os.fsdecode(path_item)
    if path_item and not os.path.isdir(path_item):
        return None
    return _DirectoryFinder(path_item)


def iter_importers(fullname=""):
    """The finders that would be asked for fullname: those of its parent package's __path__,
    or of sys.path for a top-level name."""
    if fullname.startswith("."):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    if "." in fullname:
        parent = fullname.rpartition(".")[0]
        package = importlib.import_module(parent)
        path = getattr(package, "__path__", None)
        if path is None:
            return
    else:
        path = sys.path
    for item in path:
        finder = get_importer(item)
        if finder is not None:
            yield finder


def iter_modules(path=None, prefix=""):
    """ModuleInfo for every module and package directly under the directories in path (default
    sys.path), each name once, with prefix before it."""
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        finders = (get_importer(p) for p in path)
    seen = set()
    for finder in finders:
        if finder is None:
            continue
        for name, ispkg in finder.iter_modules(prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix="", onerror=None):
    """ModuleInfo for every module under path, recursively: each package found is imported to
    read its __path__. An ImportError importing one calls onerror(name) if given (and is
    ignored otherwise); another exception calls onerror or propagates."""
    visited = set()
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
            continue
        except Exception:
            if onerror is None:
                raise
            onerror(info.name)
            continue
        sub = getattr(sys.modules[info.name], "__path__", None) or []
        sub = [p for p in sub if p not in visited]
        visited.update(sub)
        yield from walk_packages(sub, info.name + ".", onerror)


def get_data(package, resource):
    """The bytes of the file `resource` ('/'-separated, relative) beside the package's
    modules, through its loader's get_data or from its directory; None if the package has no
    location to read from."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    origin = getattr(module, "__file__", None) or spec.origin
    if origin is None or not os.path.exists(origin):
        return None
    parts = resource.split("/")
    path = os.path.join(os.path.dirname(origin), *parts)
    loader = spec.loader
    if loader is not None and hasattr(loader, "get_data"):
        return loader.get_data(path)
    with open(path, "rb") as f:
        return f.read()


def read_code(stream):
    """A code object from a .pyc stream: this VM has no CPython bytecode, so never one."""
    return None


def extend_path(path, name):
    """A package's __path__ extended with every sys.path directory holding a subdirectory for
    the package (pkgutil-style namespace packages), and the entries of name.pkg files there."""
    if not isinstance(path, list):
        return path
    parts = name.split(".")
    path = path[:]
    if len(parts) > 1:
        parent = sys.modules.get(parts[0] if len(parts) == 2 else ".".join(parts[:-1]))
        search = getattr(parent, "__path__", None) or sys.path
    else:
        search = sys.path
    last = parts[-1]
    for entry in search:
        if not isinstance(entry, str) or not os.path.isdir(entry or "."):
            continue
        sub = os.path.join(entry, last)
        if os.path.isdir(sub) and sub not in path:
            path.append(sub)
        pkgfile = os.path.join(entry, last + ".pkg")
        if os.path.isfile(pkgfile):
            try:
                with open(pkgfile) as f:
                    for line in f:
                        line = line.rstrip("\n")
                        if line and not line.startswith("#"):
                            path.append(line)
            except OSError as exc:
                sys.stderr.write(f"Can't open {pkgfile}: {exc}\n")
    return path


_NAME_PATTERN = None


def resolve_name(name):
    """The object a name refers to: 'pkg.mod' (a module), 'pkg.mod:attr.sub' or, without a
    colon, 'pkg.mod.attr.sub' (the longest importable prefix, then attributes)."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        ident = r"(?!\d)(\w+)(\.(?!\d)(\w+))*"
        _NAME_PATTERN = re.compile(f"^(?P<pkg>{ident})(?P<cln>:(?P<obj>{ident})?)?$", re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f"invalid format: {name!r}")
    groups = m.groupdict()
    if groups.get("cln"):
        obj = importlib.import_module(groups["pkg"])
        attrs = groups.get("obj")
        attrs = attrs.split(".") if attrs else []
    else:
        parts = name.split(".")
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            candidate = modname + "." + parts[0]
            try:
                obj = importlib.import_module(candidate)
            except ImportError:
                break
            parts.pop(0)
            modname = candidate
        attrs = parts
    for attr in attrs:
        obj = getattr(obj, attr)
    return obj
