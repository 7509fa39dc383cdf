"""Read the data files (resources) that live inside packages.

Written from the library documentation. files(anchor) gives a Traversable for a package (a
module or its name; by default the caller's): for a package on disk it is a pathlib.Path of its
directory, for a non-package module the directory it lives in. Packages shipped inside the VM
give a Traversable over their module sources (no data files live there; they cannot be listed).
as_file() makes a real file path of a Traversable for the length of a with block. The functional
API of 3.13 (read_text, read_binary, open_text, open_binary, path, contents, is_resource) takes
an anchor and path names.
"""

import contextlib
import functools
import importlib
import io
import os
import pathlib
import sys
import tempfile
import types
from typing import Union

from .abc import ResourceReader, Traversable

__all__ = ["Package", "Anchor", "ResourceReader", "as_file", "contents", "files", "is_resource",
           "open_binary", "open_text", "path", "read_binary", "read_text"]

Package = Union[types.ModuleType, str]
Anchor = Package


def _resolve(anchor):
    if isinstance(anchor, types.ModuleType):
        return anchor
    if isinstance(anchor, str):
        return importlib.import_module(anchor)
    raise TypeError(f"expected str or module, not {type(anchor).__name__}")


def _caller_module():
    frame = sys._getframe(2)
    return frame.f_globals["__name__"]


def files(anchor=None):
    """A Traversable for the package (or the directory of the module) anchor names."""
    module = _resolve(anchor if anchor is not None else _caller_module())
    spec = module.__spec__
    reader = None
    if spec is not None and spec.loader is not None and hasattr(spec.loader, "get_resource_reader"):
        reader = spec.loader.get_resource_reader(spec.name)
    if reader is not None and hasattr(reader, "files"):
        return reader.files()
    origin = getattr(module, "__file__", None) or (spec.origin if spec is not None else None)
    if origin and os.path.exists(origin):
        return pathlib.Path(origin).parent
    locations = spec.submodule_search_locations if spec is not None else None
    if locations:
        for location in locations:
            if os.path.isdir(location):
                return pathlib.Path(location)
        if spec.loader is not None and hasattr(spec.loader, "get_source"):
            return _ShippedPackage(spec.name, spec.loader, ())
    if spec is not None and spec.loader is not None and hasattr(spec.loader, "get_source"):
        package = spec.name.rpartition(".")[0]
        if package:
            return _ShippedPackage(package, spec.loader, ())
    raise TypeError(f"{module.__name__!r} has no location to read resources from")


class _ShippedPackage(Traversable):
    """A package shipped inside the VM: its modules' sources, read through its loader."""

    def __init__(self, package, loader, parts):
        self._package = package
        self._loader = loader
        self._parts = parts

    @property
    def name(self):
        return self._parts[-1] if self._parts else self._package.rpartition(".")[2]

    def __repr__(self):
        return f"<shipped resource {'/'.join((self._package,) + self._parts)}>"

    def _module(self):
        """The module a path names (pkg/x.py -> pkg.x, pkg/sub/__init__.py -> pkg.sub), or None."""
        if not self._parts or not self._parts[-1].endswith(".py"):
            return None
        stem = self._parts[-1][:-3]
        names = [self._package, *self._parts[:-1]]
        if stem != "__init__":
            names.append(stem)
        return ".".join(names)

    def _source(self):
        name = self._module()
        if name is None:
            return None
        try:
            return self._loader.get_source(name)
        except ImportError:
            return None

    def iterdir(self):
        raise OSError(f"{self!r}: the modules shipped inside the VM cannot be listed")

    def is_file(self):
        return self._source() is not None

    def is_dir(self):
        if not self._parts:
            return True
        if self._parts[-1].endswith(".py"):
            return False
        name = ".".join((self._package,) + self._parts)
        try:
            return self._loader.is_package(name)
        except ImportError:
            return False

    def joinpath(self, *descendants):
        parts = self._parts
        for d in descendants:
            parts += tuple(p for p in pathlib.PurePosixPath(d).parts if p not in ("", "."))
        return _ShippedPackage(self._package, self._loader, parts)

    def open(self, mode="r", *args, **kwargs):
        source = self._source()
        if source is None:
            raise FileNotFoundError(f"{self!r}: no such resource")
        data = source.encode("utf-8")
        if "b" in mode:
            return io.BytesIO(data)
        return io.TextIOWrapper(io.BytesIO(data), *args, **kwargs)


@contextlib.contextmanager
def as_file(path):
    """A with block in which the Traversable is a real file (or directory) path: itself if it is
    one already, else a temporary copy removed afterwards."""
    if isinstance(path, pathlib.Path):
        yield path
        return
    if path.is_dir():
        with tempfile.TemporaryDirectory() as tmp:
            target = pathlib.Path(tmp) / path.name
            _copy_tree(path, target)
            yield target
        return
    fd, raw = tempfile.mkstemp(suffix=path.name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(path.read_bytes())
        yield pathlib.Path(raw)
    finally:
        try:
            os.remove(raw)
        except FileNotFoundError:
            pass


def _copy_tree(source, target):
    target.mkdir()
    for child in source.iterdir():
        if child.is_dir():
            _copy_tree(child, target / child.name)
        else:
            (target / child.name).write_bytes(child.read_bytes())


# ---- the functional API (anchor, *path_names) ----

def _get(anchor, path_names):
    if not path_names:
        raise TypeError("no resource name given")
    return files(anchor).joinpath(*path_names)


def open_binary(anchor, *path_names):
    """Open the resource for binary reading."""
    return _get(anchor, path_names).open("rb")


def open_text(anchor, *path_names, encoding="utf-8", errors="strict"):
    """Open the resource for text reading."""
    return _get(anchor, path_names).open("r", encoding=encoding, errors=errors)


def read_binary(anchor, *path_names):
    """The resource's bytes."""
    return _get(anchor, path_names).read_bytes()


def read_text(anchor, *path_names, encoding="utf-8", errors="strict"):
    """The resource's text."""
    with open_text(anchor, *path_names, encoding=encoding, errors=errors) as f:
        return f.read()


def path(anchor, *path_names):
    """A context manager giving a real file path for the resource (see as_file)."""
    return as_file(_get(anchor, path_names))


def is_resource(anchor, *path_names):
    """True if the path names name a file (not a directory) in the package."""
    return _get(anchor, path_names).is_file()


def contents(anchor, *path_names):
    """The names in the package directory (deprecated upstream; iterdir() is the way)."""
    import warnings
    warnings.warn("importlib.resources.contents is deprecated. Use files(anchor).iterdir() instead.",
                  DeprecationWarning, stacklevel=1)
    return [child.name for child in files(anchor).joinpath(*path_names).iterdir()]
