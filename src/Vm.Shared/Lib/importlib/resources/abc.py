"""The abstract types of importlib.resources: Traversable (what files() returns: pathlib.Path
has the same methods), TraversableResources and ResourceReader (for loaders), TraversalError.

Written from the library documentation."""

import abc
import itertools
import os
import pathlib

__all__ = ["ResourceReader", "Traversable", "TraversableResources", "TraversalError"]


class ResourceReader(metaclass=abc.ABCMeta):
    """The older interface a loader provides for its package's resources."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


class TraversalError(Exception):
    pass


class Traversable(metaclass=abc.ABCMeta):
    """An object with a subset of pathlib.Path's methods, for walking a package's resources."""

    @abc.abstractmethod
    def iterdir(self):
        """The Traversables in this directory."""

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        """True if self is a directory."""

    @abc.abstractmethod
    def is_file(self):
        """True if self is a file."""

    def joinpath(self, *descendants):
        """The Traversable reached by the '/'-separated names given, one level at a time."""
        if not descendants:
            return self
        names = itertools.chain.from_iterable(pathlib.PurePosixPath(d).parts for d in descendants)
        target = next(names)
        matches = (child for child in self.iterdir() if child.name == target)
        try:
            match = next(matches)
        except StopIteration:
            raise TraversalError("Target not found during traversal.", target, list(names))
        return match.joinpath(*names)

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode="r", *args, **kwargs):
        """Open the file (mode 'r' or 'rb'); other arguments go to io.TextIOWrapper."""

    @property
    @abc.abstractmethod
    def name(self):
        """The base name of this object without any parent references."""


class TraversableResources(ResourceReader):
    """A ResourceReader built on files()."""

    @abc.abstractmethod
    def files(self):
        """A Traversable for the loaded package."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())


Traversable.register(pathlib.Path)
