"""Source lines of Python files, read once and cached (used by traceback and warnings).

cache maps a file name to (size, mtime, lines, fullname); lines keep their line endings.
Modules shipped with the VM are named "<frozen NAME>" and, unlike CPython's frozen modules,
have their source: their loader (importlib.machinery.FrozenImporter) gives it, so their lines
are found like a file's (CPython reads those modules from Lib/*.py files).
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename` with its newline, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of `filename` (from the cache when it is there), [] if it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all entries, or only `filename`)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue  # lazy entries have nothing to check
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue  # registered by hand: no file behind it
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _pseudo(filename):
    """'<stdin>', '<string>', ...: a name that no file or loader stands behind."""
    return filename.startswith('<') and filename.endswith('>') and not filename.startswith('<frozen ')


def _frozen_source(filename):
    """The source of the shipped module named by '<frozen NAME>', from its loader."""
    if not filename.startswith('<frozen '):
        return None
    name = filename[8:-1]
    get_source = getattr(getattr(sys.modules.get(name), '__loader__', None), 'get_source', None)
    if get_source is None:
        return None
    try:
        return get_source(name)
    except (ImportError, OSError):
        return None


def _loader_source(filename, module_globals):
    if not module_globals:
        return None
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals.get('__name__')
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if name is None or get_source is None:
        return None
    try:
        return get_source(name)
    except (ImportError, OSError):
        return None


def lazycache(filename, module_globals):
    """Remember how to load `filename` later through its module's loader; True if that is possible."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or _pseudo(filename):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
        if getattr(loader, 'get_source', None) is not None:
            cache[filename] = (lambda: _loader_source(filename, module_globals),)
            return True
    return False


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    """Read `filename` again into the cache and return its lines ([] when it cannot be read)."""
    entry = cache.pop(filename, None)
    if not filename or _pseudo(filename):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        st = None
    if st is None:
        # A lazily registered module, or a relative name found on sys.path.
        if entry is not None and len(entry) == 1:
            text = entry[0]()
            if text is None:
                return []
            lines = _split(text)
            cache[filename] = (len(text), None, lines, fullname)
            return lines
        text = _loader_source(filename, module_globals) or _frozen_source(filename)
        if text is not None:
            lines = _split(text)
            cache[filename] = (len(text), None, lines, fullname)
            return lines
        if os.path.isabs(filename):
            return []
        for folder in sys.path:
            if not isinstance(folder, str):
                continue
            try:
                candidate = os.path.join(folder, filename)
                st = os.stat(candidate)
            except (OSError, TypeError, ValueError):
                continue
            fullname = candidate
            break
        else:
            return []
    try:
        with open(fullname, 'r', encoding='utf-8', errors='replace') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines
