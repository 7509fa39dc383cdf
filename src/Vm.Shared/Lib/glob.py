"""Filename globbing: the shell's *, ? and [seq] wildcards, and ** across directories with recursive=True."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape", "has_magic"]

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def escape(pathname):
    """Escape the special characters, leaving a drive or UNC prefix alone."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _MAGIC_BYTES.sub(br'[\1]', pathname)
    else:
        pathname = _MAGIC.sub(r'[\1]', pathname)
    return drive + pathname


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, in the order the directory listing gives them."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # A leading '**' must not yield the empty path itself.
        try:
            first = next(results)
            if first:
                results = _chain(first, results)
        except StopIteration:
            pass
    return results


def _chain(first, rest):
    yield first
    yield from rest


def _join(root, path):
    return os.path.join(root, path) if root else path


def _lexists(root, path):
    return os.path.lexists(_join(root, path))


def _isdir(root, path):
    return os.path.isdir(_join(root, path))


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(root_dir, pathname):
                yield pathname
        elif _isdir(root_dir, dirname):
            # Patterns ending with a slash match only directories.
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    # The directory part may itself hold wildcards: expand it first.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    """Names in dirname matching a pattern without slashes."""
    names = _listdir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = (x for x in names if not _is_hidden(x))
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    """basename itself when it exists in dirname (no wildcards in it)."""
    if basename:
        if _lexists(dirname, basename):
            return [basename]
    elif _isdir(dirname, ''):
        # 'dir/' with an empty basename: the directory itself.
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    """'**': the directory itself and everything below it."""
    assert _is_recursive(pattern)
    if not dirname or _isdir(dirname, ''):
        yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    try:
        if not dirname:
            dirname = os.curdir if isinstance(dirname, str) else os.curdir.encode()
        with os.scandir(dirname) as it:
            names = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _is_hidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _is_hidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'
