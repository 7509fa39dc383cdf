"""Temporary files and directories (our implementation, written from the tempfile documentation).

Names are prefix + 8 characters from [a-z0-9_] + suffix, created with O_EXCL (files, mode 0o600)
or mkdir (directories, mode 0o700) and retried on a collision. Arguments may be str or bytes (or
a PathLike dir); the results follow their type, and mixing the two is a TypeError.

The wrapper class keeps CPython's name, _TemporaryFileWrapper, because type() shows it;
SpooledTemporaryFile keeps `_rolled`, which programs read.
"""

import errno as _errno
import io as _io
import os as _os
import types as _types
import weakref as _weakref
from _thread import allocate_lock as _new_lock

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = getattr(_os, "TMP_MAX", 10000)    # how many names are tried before giving up
template = "tmp"                            # the default prefix
tempdir = None                              # the default directory; found on first need

_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, "O_NOFOLLOW", 0) | getattr(_os, "O_CLOEXEC", 0)
_setup_lock = _new_lock()     # guards the choice of tempdir and the name generator below


# -- random names ---------------------------------------------------------------------------

class _Names:
    """Random 8-character name parts; a process gets its own generator (never a parent's state)."""

    LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._owner_pid = None
        self._generator = None

    def next(self):
        pid = _os.getpid()
        if self._owner_pid != pid:
            from random import Random
            with _setup_lock:
                self._generator = Random()
                self._owner_pid = pid
        return "".join(self._generator.choices(self.LETTERS, k=8))


_names = _Names()


def _each_candidate(folder, prefix, suffix):
    """TMP_MAX candidate paths in folder (str or bytes, as the arguments)."""
    encode = isinstance(folder, bytes)
    for _ in range(TMP_MAX):
        middle = _names.next()
        yield _os.path.join(folder, prefix + (_os.fsencode(middle) if encode else middle) + suffix)


# -- argument handling ---------------------------------------------------------------------

def _harmonise(prefix, suffix, folder):
    """prefix, suffix, folder with the defaults filled in, all str or all bytes."""
    if folder is not None and not isinstance(folder, (str, bytes)):
        folder = _os.fspath(folder)
    wants_bytes = None
    for part in (prefix, suffix, folder):
        if part is None:
            continue
        is_bytes = isinstance(part, bytes)
        if wants_bytes is None:
            wants_bytes = is_bytes
        elif wants_bytes != is_bytes:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
    if wants_bytes:
        return (_os.fsencode(template) if prefix is None else prefix,
                b"" if suffix is None else suffix,
                gettempdirb() if folder is None else folder)
    return (template if prefix is None else prefix,
            "" if suffix is None else suffix,
            gettempdir() if folder is None else folder)


# -- the default directory -----------------------------------------------------------------

def _places_to_try():
    found = [_os.environ.get(var) for var in ("TMPDIR", "TEMP", "TMP")]
    found = [place for place in found if place]
    found += ["/tmp", "/var/tmp", "/usr/tmp"]
    try:
        found.append(_os.getcwd())
    except OSError:
        found.append(_os.curdir)
    return found


def _can_create_files_in(folder):
    """Try it: create, write and remove a small file in folder."""
    for path in _each_candidate(folder, template, ""):
        try:
            fd = _os.open(path, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            _os.write(fd, b"probe")
        except OSError:
            return False
        finally:
            _os.close(fd)
            try:
                _os.unlink(path)
            except OSError:
                pass
        return True
    return False


def _find_tempdir():
    places = _places_to_try()
    for place in places:
        if place != _os.curdir:
            place = _os.path.abspath(place)
        if _can_create_files_in(place):
            return place
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s" % places)


def _tempdir_value():
    global tempdir
    if tempdir is None:
        with _setup_lock:
            chosen = tempdir
        if chosen is None:
            chosen = _find_tempdir()
            with _setup_lock:
                if tempdir is None:
                    tempdir = chosen
    return tempdir


def gettempdir():
    """The directory temporary files go to by default (str)."""
    return _os.fsdecode(_tempdir_value())


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(_tempdir_value())


def gettempprefix():
    """The default name prefix (str)."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default name prefix (bytes)."""
    return _os.fsencode(template)


# -- names and low-level creation ----------------------------------------------------------

def _new_file(prefix, suffix, folder, flags):
    """(fd, absolute path) of a newly created file, mode 0o600."""
    for path in _each_candidate(folder, prefix, suffix):
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only this user can read and write; return (fd, absolute path).
    The caller closes and deletes it. text is accepted for compatibility (no difference on POSIX)."""
    prefix, suffix, folder = _harmonise(prefix, suffix, dir)
    return _new_file(prefix, suffix, folder, _CREATE_FLAGS)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only this user can use; return its absolute path. The caller removes it."""
    prefix, suffix, folder = _harmonise(prefix, suffix, dir)
    for path in _each_candidate(folder, prefix, suffix):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when it was chosen (unsafe: another process may take it first)."""
    folder = gettempdir() if dir is None else dir
    for path in _each_candidate(folder, prefix, suffix):
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _open_fd(fd, path, mode, buffering, encoding, newline, errors):
    """A file object on fd; the fd is closed and path (when given) removed if that fails."""
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    try:
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        if path is not None:
            try:
                _os.unlink(path)
            except OSError:
                pass
        _os.close(fd)
        raise


# -- NamedTemporaryFile --------------------------------------------------------------------

def _discard(path, file):
    """Close file and remove path (the finalizer of a named temporary file)."""
    try:
        file.close()
    finally:
        try:
            _os.unlink(path)
        except FileNotFoundError:
            pass


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns: the file object's attributes plus .name (the path)
    and .file (the file object). Its file is removed per delete / delete_on_close."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._remove_on_close = delete and delete_on_close
        # Removal when the wrapper is collected or the program ends, if nothing removed it before.
        self._remover = _weakref.finalize(self, _discard, name, file) if delete else None

    def __getattr__(self, attr):
        found = getattr(self.__dict__["file"], attr)
        if callable(found):
            self.__dict__[attr] = found     # remember bound methods of the file
        return found

    def _remove_now(self):
        remover = self.__dict__.get("_remover")
        if remover is not None:
            remover()

    def close(self):
        """Close the file; it is removed too when delete and delete_on_close are true."""
        if self._remove_on_close:
            self._remove_now()
        else:
            self.file.close()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, kind, value, tb):
        outcome = self.file.__exit__(kind, value, tb)
        self._remove_now()
        return outcome

    def __iter__(self):
        # A generator, so the wrapper (and its file) stays alive while lines are read.
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    """A temporary file with a name in the file system (.name). With delete (the default) it is
    removed when closed (delete_on_close) or else when the with block ends or the object goes away."""
    prefix, suffix, folder = _harmonise(prefix, suffix, dir)
    fd, path = _new_file(prefix, suffix, folder, _CREATE_FLAGS)
    file = _open_fd(fd, path, mode, buffering, encoding, newline, errors)
    innermost = getattr(getattr(file, "buffer", file), "raw", None)
    if innermost is not None:
        try:
            innermost.name = path       # the file object shows the path, not the fd
        except (AttributeError, TypeError):
            pass
    return _TemporaryFileWrapper(file, path, delete, delete_on_close)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system (its directory entry is removed at once)."""
    prefix, suffix, folder = _harmonise(prefix, suffix, dir)
    fd, path = _new_file(prefix, suffix, folder, _CREATE_FLAGS)
    try:
        _os.unlink(path)
    except BaseException:
        _os.close(fd)
        raise
    return _open_fd(fd, None, mode, buffering, encoding, newline, errors)


# -- SpooledTemporaryFile ------------------------------------------------------------------

class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past max_size bytes/characters (when
    max_size is not 0) or fileno() is asked for; then it moves to a TemporaryFile (rollover)."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._current = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._current = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors, newline=newline)
        self._limit = max_size
        self._rolled = False
        self._mode_asked = mode
        self._file_options = dict(mode=mode, buffering=buffering, encoding=encoding, newline=newline,
                                  suffix=suffix, prefix=prefix, dir=dir, errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def rollover(self):
        """Move the data to a real temporary file (once), keeping the position."""
        if self._rolled:
            return
        memory = self._current
        disk = TemporaryFile(**self._file_options)
        position = memory.tell()
        if isinstance(memory, _io.TextIOWrapper):
            # The encoded bytes go to the descriptor as they are (no second newline translation).
            memory.flush()
            data = memory.buffer.getvalue()
            disk.flush()
            fd = disk.fileno()
            while data:
                data = data[_os.write(fd, data):]
        else:
            disk.write(memory.getvalue())
        disk.seek(position, 0)
        self._current = disk
        self._rolled = True

    def _grew(self):
        if not self._rolled and self._limit and self._current.tell() > self._limit:
            self.rollover()

    def __enter__(self):
        if self._current.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, kind, value, tb):
        self._current.close()

    def __iter__(self):
        return iter(self._current)

    def __next__(self):
        return next(self._current)

    def close(self):
        self._current.close()

    @property
    def closed(self):
        return self._current.closed

    @property
    def mode(self):
        return self._current.mode if self._rolled else self._mode_asked

    @property
    def name(self):
        return self._current.name if self._rolled else None

    @property
    def encoding(self):
        return self._current.encoding

    @property
    def errors(self):
        return self._current.errors

    @property
    def newlines(self):
        return self._current.newlines

    def fileno(self):
        self.rollover()
        return self._current.fileno()

    def write(self, data):
        written = self._current.write(data)
        self._grew()
        return written

    def writelines(self, lines):
        outcome = self._current.writelines(lines)
        self._grew()
        return outcome

    def truncate(self, size=None):
        if size is None:
            return self._current.truncate()
        if size > self._limit:
            self.rollover()
        return self._current.truncate(size)

    def detach(self):
        return self._current.detach()

    def flush(self):
        self._current.flush()

    def isatty(self):
        return self._current.isatty()

    def read(self, *args):
        return self._current.read(*args)

    def read1(self, *args):
        return self._current.read1(*args)

    def readinto(self, buffer):
        return self._current.readinto(buffer)

    def readinto1(self, buffer):
        return self._current.readinto1(buffer)

    def readline(self, *args):
        return self._current.readline(*args)

    def readlines(self, *args):
        return self._current.readlines(*args)

    def readable(self):
        return self._current.readable()

    def writable(self):
        return self._current.writable()

    def seekable(self):
        return self._current.seekable()

    def seek(self, *args):
        return self._current.seek(*args)

    def tell(self):
        return self._current.tell()


# -- TemporaryDirectory --------------------------------------------------------------------

def _remove_tree(root, ignore_errors):
    """Remove root and everything below it, making directories usable first (a read-only
    tree comes off too). A missing root is no error; other errors are raised unless ignored."""
    def attempt(action, path):
        try:
            action(path)
        except FileNotFoundError:
            pass
        except OSError:
            if not ignore_errors:
                raise

    def clear(folder):
        try:
            _os.chmod(folder, 0o700)
        except OSError:
            pass
        try:
            entries = list(_os.scandir(folder))
        except FileNotFoundError:
            return
        except OSError:
            if ignore_errors:
                return
            raise
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                clear(entry.path)
            else:
                attempt(_os.unlink, entry.path)
        attempt(_os.rmdir, folder)

    clear(root)


class TemporaryDirectory:
    """A temporary directory; `with` gives its name and removes it (with everything in it) at the
    end, as cleanup() does. delete=False keeps it; ignore_cleanup_errors skips what cannot go."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_errors = ignore_cleanup_errors
        self._delete_on_exit = delete
        # Removal when the object is collected or the program ends, unless cleanup() ran.
        self._pending = _weakref.finalize(self, _remove_tree, self.name, ignore_cleanup_errors) if delete else None

    __class_getitem__ = classmethod(_types.GenericAlias)

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, kind, value, tb):
        if self._delete_on_exit:
            self.cleanup()

    def cleanup(self):
        """Remove the directory and its contents now."""
        pending = self._pending
        first_time = pending is not None and pending.detach() is not None
        if first_time or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_errors)
