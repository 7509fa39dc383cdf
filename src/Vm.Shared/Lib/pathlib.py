"""Object-oriented filesystem paths (POSIX flavour): PurePath/PurePosixPath for path arithmetic,
Path/PosixPath for the filesystem operations."""

import fnmatch
import io
import os
import posixpath
import re
import stat as _stat

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "Path", "PosixPath"]


class UnsupportedOperation(NotImplementedError):
    """Raised for an operation this kind of path does not support."""


def _parse(text):
    """(root, parts) of a POSIX path string: '//' keeps its two slashes, '.' parts drop out."""
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    else:
        root = ''
    parts = [p for p in text.split('/') if p and p != '.']
    return root, parts


class _Parents:
    """The logical ancestors of a path: p.parents[0] is p.parent."""
    __slots__ = ('_path', '_parts')

    def __init__(self, path):
        self._path = path
        self._parts = path._tail

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parts(self._path._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path without filesystem access. PurePath(...) makes a PurePosixPath here."""

    __slots__ = ('_raw_paths', '_root', '_tail', '_str', '_hash')
    parser = posixpath

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                paths.append(str(arg))
                continue
            try:
                path = os.fspath(arg)
            except TypeError:
                path = arg
            if not isinstance(path, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                                "returns a str, not %r" % type(path).__name__)
            paths.append(path)
        self._raw_paths = paths
        text = posixpath.join(*paths) if paths else ''
        root, tail = _parse(text)
        self._root = root
        self._tail = tuple(tail)

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    def _from_parts(self, root, tail):
        p = self.with_segments(root + '/'.join(tail) if tail or root else '')
        return p

    def __reduce__(self):
        return (self.__class__, tuple(self._raw_paths))

    # -- string forms -----------------------------------------------------------------

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = (self._root + '/'.join(self._tail)) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/'
        return 'file://' + ''.join(chr(b) if b in safe else '%%%02X' % b for b in os.fsencode(str(self)))

    # -- comparison ---------------------------------------------------------------------

    def _key(self):
        return str(self)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key() and self.parser is other.parser

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self._key())
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._tuple() < other._tuple()

    def __le__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._tuple() <= other._tuple()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._tuple() > other._tuple()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._tuple() >= other._tuple()

    def _tuple(self):
        return self.parts

    # -- components ----------------------------------------------------------------------

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + self._tail
        return self._tail

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _Parents(self)

    # -- derived paths -------------------------------------------------------------------

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError("%r has a non-empty suffix" % (self,))
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        stem = self.stem
        if not stem:
            raise ValueError("%r has an empty name" % (self,))
        if suffix and (not suffix.startswith('.') or suffix == '.' or '/' in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        return self.with_name(stem + suffix)

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def relative_to(self, other, *, walk_up=False):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        for step, path in enumerate([other] + list(other.parents)):
            if path == self or path in self.parents:
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if path.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        parts = ['..'] * step + list(self._tail[len(path._tail):])
        return self._from_parts('', tuple(parts))

    def is_relative_to(self, other):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern, *, case_sensitive=None):
        """Right-anchored match: 'b/*.py' matches 'a/b/c.py'; an absolute pattern must match whole."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        pattern_parts = path_pattern.parts
        if not pattern_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if path_pattern._root:
            if len(parts) != len(pattern_parts):
                return False
        elif len(pattern_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        regex = _pattern_regex(pattern.parts)
        return regex.fullmatch(str(self)) is not None


def _pattern_regex(parts):
    """A regex for a whole-path pattern where '**' matches any number of segments."""
    out = []
    for i, part in enumerate(parts):
        if part == '**':
            out.append('(?:.*/)?' if i < len(parts) - 1 else '.*')
            continue
        piece = fnmatch.translate(part)
        piece = piece[4:-3] if piece.startswith('(?s:') else piece  # '(?s:...)\\Z'
        piece = piece.replace('.*', '[^/]*').replace('(?s:.)', '[^/]')
        out.append(piece + ('/' if i < len(parts) - 1 and part != '/' else ''))
    return re.compile(''.join(out), re.DOTALL)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()


class Path(PurePath):
    """A path with filesystem operations. Path(...) makes a PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    # -- queries ----------------------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except (OSError, ValueError):
            return False
        return True

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except (OSError, ValueError):
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return _stat.S_ISDIR(self._mode(follow_symlinks))

    def is_file(self, *, follow_symlinks=True):
        return _stat.S_ISREG(self._mode(follow_symlinks))

    def is_symlink(self):
        return _stat.S_ISLNK(self._mode(False))

    def is_mount(self):
        return os.path.ismount(self)

    def is_block_device(self):
        return _stat.S_ISBLK(self._mode())

    def is_char_device(self):
        return _stat.S_ISCHR(self._mode())

    def is_fifo(self):
        return _stat.S_ISFIFO(self._mode())

    def is_socket(self):
        return _stat.S_ISSOCK(self._mode())

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    # -- reading and writing ------------------------------------------------------------

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # -- directories ------------------------------------------------------------------------

    def iterdir(self):
        root = str(self)
        for name in os.listdir(root):
            yield self._child(name)

    def _child(self, name):
        return self._from_parts(self._root, self._tail + (name,))

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        import glob as _glob
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern.startswith('/'):
            raise NotImplementedError("Non-relative patterns are unsupported")
        recursive = '**' in pattern.split('/')
        dir_only = pattern.endswith('/')
        # './' keeps the directory itself as a match of a leading '**' (glob drops the empty path).
        for match in _glob.iglob('./' + (pattern.rstrip('/') if dir_only else pattern), root_dir=str(self),
                                 recursive=recursive, include_hidden=True):
            path = self.joinpath(match)
            if dir_only and not path.is_dir():
                continue
            yield path

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob('**/' + pattern, case_sensitive=case_sensitive)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for dirpath, dirnames, filenames in os.walk(self, topdown=top_down, onerror=on_error,
                                                    followlinks=follow_symlinks):
            yield self.with_segments(dirpath), dirnames, filenames

    # -- paths ----------------------------------------------------------------------------

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            self.stat()
        return self.with_segments(os.path.realpath(self))

    def expanduser(self):
        if self._tail and self._tail[0].startswith('~') and not self._root:
            home = os.path.expanduser(self._tail[0])
            if home.startswith('~'):
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(home, *self._tail[1:])
        return self

    def readlink(self):
        return self.with_segments(os.readlink(self))

    # -- changes --------------------------------------------------------------------------

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        os.link(target, self)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()
