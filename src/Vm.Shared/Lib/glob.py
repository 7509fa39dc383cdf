"""Unix shell-style pathname expansion: *, ? and [seq] within one path component, and ** across
directories when recursive is true.

pyvm's glob, written from the Python 3.13 documentation. A pattern is expanded component by
component, left to right; wildcard components are matched (fnmatch rules) against directory
listings, in the order os.scandir gives them, and names beginning with a dot only match a
component that begins with a dot unless include_hidden is true. translate() gives the
equivalent regular expression. dir_fd is not supported (pyvm's os.scandir takes no fd)."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape", "translate"]

_WILDCARDS = re.compile('([*?[])')
_WILDCARDS_BYTES = re.compile(b'([*?[])')


def has_magic(s):
    """Whether s holds a wildcard character."""
    finder = _WILDCARDS_BYTES if isinstance(s, bytes) else _WILDCARDS
    return finder.search(s) is not None


def escape(pathname):
    """pathname with every wildcard character made literal ('*' becomes '[*]', ...)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        return drive + _WILDCARDS_BYTES.sub(br'[\1]', rest)
    return drive + _WILDCARDS.sub(r'[\1]', rest)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname, relative to root_dir when it is given
    (the paths then do not include root_dir)."""
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported by pyvm')
    pattern = os.fspath(pathname)
    base = os.fspath(root_dir) if root_dir is not None else pattern[:0]
    expander = _Expansion(base, recursive, include_hidden, isinstance(pattern, bytes))
    found = expander.expand(pattern, False)
    if not pattern or (recursive and expander.is_double_star(pattern[:2])):
        found = (path for path in found if path)   # '**' alone never yields the empty path
    return found


class _Expansion:
    """One glob call: where listings are read from, and the options."""

    def __init__(self, base, recursive, include_hidden, binary):
        self.base = base
        self.recursive = recursive
        self.include_hidden = include_hidden
        self.dot = b'.' if binary else '.'
        self.double_star = b'**' if binary else '**'

    def is_double_star(self, component):
        return self.recursive and component == self.double_star

    def on_disk(self, path):
        if self.base and path:
            return os.path.join(self.base, path)
        return self.base or path

    def listing(self, directory, directories_only):
        """Names in directory (the base's own listing for ''); [] when it cannot be read."""
        where = self.on_disk(directory) or (os.curdir if not isinstance(directory, bytes)
                                            else os.curdir.encode())
        try:
            with os.scandir(where) as entries:
                names = []
                for entry in entries:
                    try:
                        if not directories_only or entry.is_dir():
                            names.append(entry.name)
                    except OSError:
                        pass
                return names
        except OSError:
            return []

    def visible(self, name, component):
        return (self.include_hidden or not name.startswith(self.dot)
                or component.startswith(self.dot))

    def expand(self, pattern, directories_only):
        """The matches of pattern; only directories when directories_only."""
        head, last = os.path.split(pattern)
        if not has_magic(pattern):
            if last:
                if os.path.lexists(self.on_disk(pattern)):
                    yield pattern
            elif os.path.isdir(self.on_disk(head)):
                yield pattern        # 'dir/' names the directory itself
            return
        if not head:
            yield from self.in_directory(head, last, directories_only)
            return
        if head != pattern and has_magic(head):
            parents = self.expand(head, True)
        else:
            parents = (head,)
        for parent in parents:
            for name in self.in_directory(parent, last, directories_only):
                yield os.path.join(parent, name)

    def in_directory(self, directory, component, directories_only):
        """Names (or relative paths, for '**') under directory matching one component."""
        if self.is_double_star(component):
            return self.everything_below(directory, directories_only)
        if not has_magic(component):
            if component:
                exists = os.path.lexists(self.on_disk(os.path.join(directory, component)))
            else:
                exists = os.path.isdir(self.on_disk(directory))
            return [component] if exists else []
        names = [name for name in self.listing(directory, directories_only)
                 if self.visible(name, component)]
        return fnmatch.filter(names, component)

    def everything_below(self, directory, directories_only):
        """'**': the directory itself (as the empty path), then every path under it."""
        where = self.on_disk(directory)
        if not where or os.path.isdir(where):
            yield directory[:0]
        yield from self.descendants(directory, directories_only)

    def descendants(self, directory, directories_only):
        for name in self.listing(directory, directories_only):
            if not (self.include_hidden or not name.startswith(self.dot)):
                continue
            yield name
            inner = os.path.join(directory, name) if directory else name
            for below in self.descendants(inner, directories_only):
                yield os.path.join(name, below)


def translate(pathname, *, recursive=False, include_hidden=False, seps=None):
    """The regular expression (a string, for re.match) that matches the paths pathname
    matches; seps are the path separators (os.sep and os.altsep by default)."""
    if not seps:
        seps = os.sep + (os.altsep or '')
    quoted = re.escape(seps)
    separator = '[%s]' % quoted if len(seps) > 1 else quoted
    not_separator = '[^%s]' % quoted
    if include_hidden:
        last_segment = not_separator + '+'
        segments = '(?:.+%s)?' % separator
        last_segments = '.*'
    else:
        last_segment = '[^%s.]%s*' % (quoted, not_separator)
        segments = '(?:%s%s)*' % (last_segment, separator)
        last_segments = '%s(?:%s)?' % (segments, last_segment)
    parts = re.split(separator, pathname)
    final = len(parts) - 1
    out = []
    for index, part in enumerate(parts):
        more = index < final
        if part == '*':
            out.append(last_segment + separator if more else last_segment)
            continue
        if recursive and part == '**':
            if not more:
                out.append(last_segments)
            elif parts[index + 1] != '**':
                out.append(segments)
            continue
        if part:
            if not include_hidden and part[0] in '*?':
                out.append(r'(?!\.)')
            for piece in fnmatch._pieces(part):
                if piece is fnmatch._STAR:
                    out.append(not_separator + '*')
                elif piece == '.':
                    out.append(not_separator)        # '?'
                else:
                    out.append(piece)
        if more:
            out.append(separator)
    return r'(?s:%s)\Z' % ''.join(out)
