"""OS routines (FreeThreaded VM implementation): the posix primitives plus os.path."""

import sys
import stat as _stat
from posix import *
from posix import _exists, _isdir, _isfile, _islink, _realpath, _home, _exit
import posix as _posix

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NOCTTY = 0o400
O_NONBLOCK = O_NDELAY = 0o4000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
supports_bytes_environ = True
error = OSError

import posixpath as path
sys.modules['os.path'] = path


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to a file descriptor (built-in open on the fd)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


def _field_tuple(name, repr_prefix, fields, doc):
    """A tuple subclass with named fields, as the struct sequences os returns (terminal_size, uname_result)."""
    size = len(fields)

    def __new__(cls, sequence, dict=None):
        t = tuple.__new__(cls, sequence)
        if len(t) != size:
            raise TypeError("os.%s() takes a %d-sequence (%d-sequence given)" % (name, size, len(t)))
        return t

    def __repr__(self):
        return "%s.%s(%s)" % (repr_prefix, name, ", ".join("%s=%r" % pair for pair in zip((f for f, _ in fields), self)))

    def __reduce__(self):
        return (cls, (tuple(self),))

    namespace = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__, '__doc__': doc,
                 '__module__': 'os', 'n_fields': size, 'n_sequence_fields': size, 'n_unnamed_fields': 0}
    for index, (field, field_doc) in enumerate(fields):
        namespace[field] = property(lambda self, index=index: self[index], doc=field_doc)
    cls = type(name, (tuple,), namespace)
    return cls


terminal_size = _field_tuple('terminal_size', 'os', [
    ('columns', 'width of the terminal window in characters'),
    ('lines', 'height of the terminal window in characters')],
    "A tuple of (columns, lines) for holding terminal window size")


_native_get_terminal_size = get_terminal_size


def get_terminal_size(fd=1, /):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(_native_get_terminal_size())


def fspath(p):
    """Returns the file system representation of the path (str or bytes)."""
    if isinstance(p, (str, bytes)):
        return p
    path_type = type(p)
    try:
        path_repr = path_type.__fspath__(p)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


class _Environ:
    """os.environ: a mapping of the process environment; changes call putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def __repr__(self):
        return 'environ({{{}}})'.format(', '.join(
            '{!r}: {!r}'.format(k, v) for k, v in self._data.items()))

    def __eq__(self, other):
        return dict(self._data) == other

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(_posix.environ))


def getenv(key, default=None):
    """Gets an environment variable, returning default (None) if it does not exist."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry yielded by scandir(): name, path and cached type queries."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return 0

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry {!r}>'.format(self.name)


class _ScandirIterator:
    def __init__(self, dirpath):
        self._dirpath = dirpath
        self._it = iter([DirEntry(dirpath, n) for n in listdir(dirpath)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path_='.'):
    """Returns an iterator of DirEntry objects for the entries of a directory."""
    return _ScandirIterator(fspath(path_))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


def process_cpu_count():
    return cpu_count()


def system(command):
    """Runs `command` in /bin/sh and returns its wait status (exit code << 8, or the signal number)."""
    import _posixsubprocess
    pid = _posixsubprocess.spawn("/bin/sh", ["/bin/sh", "-c", fsdecode(command)], None, None, -1, -1, -1, [], False)
    return waitpid(pid, 0)[1]


def popen(cmd, mode="r", buffering=-1):
    """A text stream reading from (mode "r") or writing to ("w") a shell command; its close()
    returns None for exit status 0, else the wait status."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """os.popen's stream: the pipe, whose close() also waits for the command."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


uname_result = _field_tuple('uname_result', 'posix', [
    ('sysname', 'operating system name'),
    ('nodename', 'name of machine on network (implementation-defined)'),
    ('release', 'operating system release'),
    ('version', 'operating system version'),
    ('machine', 'hardware identifier')],
    """uname_result: Result from os.uname().

This object may be accessed either as a tuple of
  (sysname, nodename, release, version, machine),
or via the attributes sysname, nodename, release, version, and machine.""")


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_posix._uname())
