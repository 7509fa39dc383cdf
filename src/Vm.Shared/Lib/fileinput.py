"""Iterate over lines from several input files (fileinput).

Written for the FreeThreaded VM from the documented interface of CPython's fileinput module: the
module-level functions over one shared FileInput, FileInput itself (with in-place editing and its
backup file), and the openhooks hook_compressed and hook_encoded.
"""

import io
import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno", "isfirstline",
           "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

_active = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
    """Create the module's shared FileInput (an error while the previous one is still open)."""
    global _active
    if _active is not None and _active._current is not None:
        raise RuntimeError("input() already active")
    _active = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    return _active


def _shared():
    if _active is None:
        raise RuntimeError("no active input()")
    return _active


def close():
    """Close the shared FileInput."""
    global _active
    current, _active = _active, None
    if current is not None:
        current.close()


def nextfile():
    return _shared().nextfile()


def filename():
    return _shared().filename()


def lineno():
    return _shared().lineno()


def filelineno():
    return _shared().filelineno()


def fileno():
    return _shared().fileno()


def isfirstline():
    return _shared().isfirstline()


def isstdin():
    return _shared().isstdin()


class FileInput:
    """Lines of each file in turn; '-' (or no files and an empty sys.argv[1:]) is standard input."""

    # Defaults for an instance whose __init__ failed: close() (from __del__) finds nothing open.
    _current = _output = _saved_stdout = _backup_name = None
    _pending = ()
    _backup = ''
    _reading_stdin = False

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
                 errors=None):
        if isinstance(files, str):
            names = (files,)
        elif isinstance(files, os.PathLike):
            names = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            names = tuple(files) if files else ('-',)
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if inplace and openhook:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook is not None and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        # An openhook gets encoding/errors only when they were given; open() gets the locale's by default.
        self._hook_keywords = {k: v for k, v in (('encoding', encoding), ('errors', errors)) if v is not None}
        if encoding is None and 'b' not in mode:
            encoding = 'locale'
        self._pending = list(names)
        self._inplace = inplace
        self._backup = backup
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._name = None
        self._current = None        # the open file being read
        self._output = None         # in-place mode: the file replacing it
        self._saved_stdout = None
        self._backup_name = None
        self._total = 0
        self._in_file = 0
        self._first = False
        self._reading_stdin = False

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._current is None and not self._open_next():
                raise StopIteration
            line = self._current.readline()
            if line:
                self._total += 1
                self._in_file += 1
                self._first = self._in_file == 1
                return line
            self.nextfile()

    def _open_next(self):
        if not self._pending:
            return False
        name = self._pending.pop(0)
        self._name = name
        self._in_file = 0
        self._first = False
        self._reading_stdin = name == '-'
        text_args = {} if 'b' in self._mode else {'encoding': self._encoding, 'errors': self._errors}
        if self._reading_stdin:
            self._name = '<stdin>'
            self._current = sys.stdin.buffer if 'b' in self._mode and hasattr(sys.stdin, 'buffer') else sys.stdin
        elif self._inplace:
            self._begin_inplace(name, text_args)
        elif self._openhook is not None:
            self._current = self._openhook(name, self._mode, **self._hook_keywords)
        else:
            self._current = open(name, self._mode, **text_args)
        return True

    def _begin_inplace(self, name, text_args):
        """Move the file aside, read it from there, and send print() output to a new file of its name."""
        self._backup_name = name + (self._backup or '.bak')
        try:
            os.unlink(self._backup_name)
        except OSError:
            pass
        os.rename(name, self._backup_name)
        self._current = open(self._backup_name, self._mode, **text_args)
        try:
            permissions = os.fstat(self._current.fileno()).st_mode
        except (OSError, AttributeError):
            permissions = None
        self._output = open(name, self._mode.replace('r', 'w'), **text_args)
        if permissions is not None:
            try:
                os.chmod(name, permissions)
            except OSError:
                pass
        self._saved_stdout = sys.stdout
        sys.stdout = self._output

    def nextfile(self):
        """Close the current file; the next line comes from the next one."""
        output, self._output = self._output, None
        saved, self._saved_stdout = self._saved_stdout, None
        current, self._current = self._current, None
        backup, self._backup_name = self._backup_name, None
        if saved is not None:
            sys.stdout = saved
        try:
            if output is not None:
                output.close()
        finally:
            try:
                if current is not None and not self._reading_stdin:
                    current.close()
            finally:
                if backup is not None and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._first = False

    def readline(self):
        try:
            return next(self)
        except StopIteration:
            return '' if 'b' not in self._mode else b''

    def filename(self):
        return self._name

    def lineno(self):
        return self._total

    def filelineno(self):
        return self._in_file

    def fileno(self):
        if self._current is None:
            return -1
        try:
            return self._current.fileno()
        except (ValueError, OSError, AttributeError):
            return -1

    def isfirstline(self):
        return self._first

    def isstdin(self):
        return self._reading_stdin

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open .gz and .bz2 files through gzip/bz2, others with open()."""
    if encoding is None and 'b' not in mode:
        encoding = 'locale'
    extension = os.path.splitext(filename)[1]
    if extension == '.gz':
        import gzip
        stream = gzip.open(filename, mode.replace('t', '').replace('r', 'rb') if 'b' not in mode else mode)
    elif extension == '.bz2':
        import bz2
        stream = bz2.BZ2File(filename, 'rb')
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if 'b' not in mode:
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook opening every file with this encoding."""
    def opener(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return opener
