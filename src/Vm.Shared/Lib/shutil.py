"""High-level file operations: copying files (data, mode, times) and directory trees, removing
trees, moving, finding programs on PATH, and the terminal size.

pyvm's shutil, written from the Python 3.13 documentation over pyvm's os module; the archive
functions are in _shutil_archive. Not provided: disk_usage and chown (its os module has no
statvfs/chown). rmtree works path by path (rmtree.avoids_symlink_attacks is False)."""

import os
import stat
import sys
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move",
           "rmtree", "Error", "SpecialFileError", "ExecError", "which", "ignore_patterns",
           "get_terminal_size", "SameFileError", "ReadError", "RegistryError",
           "make_archive", "get_archive_formats", "register_archive_format",
           "unregister_archive_format", "unpack_archive", "get_unpack_formats",
           "register_unpack_format", "unregister_unpack_format"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile()'s source and destination are one file."""


class SpecialFileError(OSError):
    """The operation cannot be done on a special file such as a named pipe."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive format was registered twice or not at all."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the contents of the file object fsrc to fdst, length bytes at a time (a negative
    length reads everything at once)."""
    size = length or COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while True:
        block = read(size)
        if not block:
            return
        write(block)


def _same_target(src, dst):
    """Whether src and dst name one file (same device and inode); False when either cannot
    be stat'ed."""
    try:
        first = src.stat() if isinstance(src, os.DirEntry) else os.stat(src)
        return os.path.samestat(first, os.stat(dst))
    except OSError:
        return False


def _refuse_fifo(path):
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISFIFO(mode):
        raise SpecialFileError("`%s` is a named pipe" % (os.fspath(path),))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the data of file src to dst (created or truncated) and return dst. When src is a
    symbolic link and follow_symlinks is false, dst becomes a link to the same place."""
    if _same_target(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_fifo(src)
    _refuse_fifo(dst)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as reader, open(dst, 'wb') as writer:
        copyfileobj(reader, writer)
    return dst


def _both_links(src, dst, follow_symlinks):
    return not follow_symlinks and os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst. Between two symbolic links with follow_symlinks
    false nothing happens (Linux cannot change a link's mode)."""
    if _both_links(src, dst, follow_symlinks):
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of src to dst."""
    links = _both_links(src, dst, follow_symlinks)
    info = os.lstat(src) if links else os.stat(src)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns), follow_symlinks=not links)
    if not links:
        os.chmod(dst, stat.S_IMODE(info.st_mode))


def _into_directory(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy the data and the permission bits of src to dst (a file or a directory to copy into);
    return the new file's path."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), and the access and modification times too."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


def ignore_patterns(*patterns):
    """An ignore callable for copytree(): the names matching any of the glob-style patterns."""
    def matching(directory, names):
        return {name for name in names if any(fnmatch.fnmatch(name, p) for p in patterns)}
    return matching


def _copy_entries(src, names, dst, options, problems):
    """Copy the entries names of directory src into the existing directory dst, collecting the
    (source, destination, reason) of every failure in problems."""
    symlinks, ignore, copy_function, ignore_dangling, exist_ok = options
    skipped = ignore(os.fspath(src), names) if ignore is not None else ()
    for name in names:
        if name in skipped:
            continue
        source = os.path.join(src, name)
        target = os.path.join(dst, name)
        try:
            if os.path.islink(source):
                if symlinks:
                    os.symlink(os.readlink(source), target)
                    copystat(source, target, follow_symlinks=False)
                    continue
                # the link's text is tested as a path from the current directory, as CPython does
                if not os.path.exists(os.readlink(source)):
                    if ignore_dangling:
                        continue
                    copy_function(source, target)    # raises for the dangling link
                    continue
            if os.path.isdir(source):
                _copy_tree(source, target, options)
            else:
                copy_function(source, target)
        except Error as failure:
            problems.extend(failure.args[0])
        except OSError as failure:
            problems.append((source, target, str(failure)))


def _copy_tree(src, dst, options):
    names = os.listdir(src)
    os.makedirs(dst, exist_ok=options[-1])
    problems = []
    _copy_entries(src, names, dst, options, problems)
    try:
        copystat(src, dst)
    except OSError as failure:
        if getattr(failure, 'winerror', None) is None:
            problems.append((src, dst, str(failure)))
    if problems:
        raise Error(problems)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst and return dst. Failures are gathered and raised
    together as Error([(source, destination, reason), ...]) at the end."""
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    return _copy_tree(src, dst, options)


def _error_handler(ignore_errors, onerror, onexc):
    """The onexc-style callable rmtree reports through: (function, path, exception)."""
    if ignore_errors:
        return lambda function, path, exc: None
    if onexc is not None:
        return onexc
    if onerror is not None:
        return lambda function, path, exc: onerror(function, path,
                                                   (type(exc), exc, exc.__traceback__))

    def reraise(function, path, exc):
        raise exc
    return reraise


def _remove_tree(path, report):
    try:
        entries = os.listdir(path)
    except OSError as failure:
        report(os.scandir, path, failure)
        entries = ()
    for name in entries:
        child = os.path.join(path, name)
        try:
            is_directory = os.path.isdir(child) and not os.path.islink(child)
        except OSError:
            is_directory = False
        if is_directory:
            _remove_tree(child, report)
            continue
        try:
            os.unlink(child)
        except OSError as failure:
            report(os.unlink, child, failure)
    try:
        os.rmdir(path)
    except OSError as failure:
        report(os.rmdir, path, failure)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the directory tree at path. Failures go to onexc(function, path, exception) (or the
    deprecated onerror(function, path, exc_info)); without either they are raised, with
    ignore_errors they are skipped."""
    if onerror is not None:
        import warnings
        warnings.warn("onerror argument is deprecated, use onexc instead",
                      DeprecationWarning, stacklevel=2)
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    report = _error_handler(ignore_errors, onerror, onexc)
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as failure:
        failure.filename = path
        report(os.path.islink, path, failure)
        return
    if not os.path.lexists(path):
        try:
            os.lstat(path)
        except OSError as failure:
            report(os.lstat, path, failure)
            return
    _remove_tree(path, report)


rmtree.avoids_symlink_attacks = False


def _inside(outer, inner):
    """Whether path inner lies in directory outer (or is it)."""
    outer = os.path.abspath(outer)
    inner = os.path.abspath(inner)
    if not outer.endswith(os.path.sep):
        outer += os.path.sep
    if not inner.endswith(os.path.sep):
        inner += os.path.sep
    return inner.startswith(outer)


def move(src, dst, copy_function=copy2):
    """Move the file or tree src to dst (into it, when dst is a directory) and return the new
    path: a rename when possible, otherwise a copy (copy_function, links kept) and a removal."""
    target = dst
    if os.path.isdir(dst):
        if _same_target(src, dst) and not os.path.islink(src):
            os.rename(src, dst)     # a change of case on a case-insensitive file system
            return
        name = os.path.basename(os.fspath(src).rstrip(os.path.sep))
        target = os.path.join(dst, name)
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _terminal_dimension(variable):
    try:
        return int(os.environ[variable])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines) from the COLUMNS and LINES variables, else from the terminal on standard
    output, else fallback; as os.terminal_size."""
    columns = _terminal_dimension('COLUMNS')
    lines = _terminal_dimension('LINES')
    if columns <= 0 or lines <= 0:
        measured = (0, 0)
        try:
            fd = sys.__stdout__.fileno()
            if os.isatty(fd):
                measured = tuple(os.get_terminal_size(fd))
        except (AttributeError, ValueError, OSError):
            pass
        if columns <= 0:
            columns = measured[0] or fallback[0]
        if lines <= 0:
            lines = measured[1] or fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd: cmd itself when it names a directory part, else the first
    PATH (or path) entry holding cmd with the access mode; None when there is none."""
    as_bytes = isinstance(cmd, bytes)
    name = os.fsdecode(cmd)
    if os.path.dirname(name):
        return cmd if _runnable(name, mode) else None
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            path = os.defpath
    path = os.fsdecode(path)
    if not path:
        return None
    visited = set()
    for directory in path.split(os.pathsep):
        key = os.path.normcase(directory)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(directory, name)
        if _runnable(candidate, mode):
            return os.fsencode(candidate) if as_bytes else candidate
    return None


from _shutil_archive import (make_archive, get_archive_formats, register_archive_format,  # noqa: E402
                             unregister_archive_format, unpack_archive, get_unpack_formats,
                             register_unpack_format, unregister_unpack_format)
