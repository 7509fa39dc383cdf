"""Where zoneinfo looks for TZif files: TZPATH, its reset, key validation and the listing of
available keys. Written for this VM from the zoneinfo documentation."""

import os
import warnings

# The compiled-in default of CPython builds on Linux (sysconfig's TZPATH).
_DEFAULT_TZPATH = "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo"

TZPATH = ()


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _relative_paths_message(paths):
    relative = [p for p in paths if not os.path.isabs(p)]
    return ("Paths should be absolute but found the following relative paths:"
            + "".join("\n    " + p for p in relative))


def _reset(to, stacklevel):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        paths = list(to)
        if not all(os.path.isabs(p) for p in paths):
            raise ValueError(_relative_paths_message(paths))
    else:
        spec = os.environ.get("PYTHONTZPATH")
        if spec is None:
            spec = _DEFAULT_TZPATH
        raw = spec.split(os.pathsep) if spec else []
        paths = [p for p in raw if os.path.isabs(p)]
        if len(paths) != len(raw):
            warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                          + _relative_paths_message(raw), InvalidTZPathWarning,
                          stacklevel=stacklevel)
    TZPATH = tuple(paths)


def reset_tzpath(to=None):
    """Reset global TZPATH."""
    _reset(to, 3)


def check_key(key):
    """Refuses keys that are absolute or could leave the search directories."""
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if normal == os.pardir or normal.startswith(os.pardir + os.sep):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def find_tzfile(key):
    """The path of the TZif file for key on TZPATH, or None."""
    check_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def _is_tzif(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"TZif"
    except Exception:
        return False


def available_timezones():
    """The set of keys with a TZif file on TZPATH (opens every candidate file)."""
    found = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for folder, subdirs, files in os.walk(root):
            if folder == root:
                # Duplicate trees of the same zones (leap-second and POSIX variants).
                subdirs[:] = [d for d in subdirs if d not in ("right", "posix")]
            for name in files:
                path = os.path.join(folder, name)
                key = os.path.relpath(path, root)
                if os.sep != "/":
                    key = key.replace(os.sep, "/")
                if key and key not in found and _is_tzif(path):
                    found.add(key)
    found.discard("posixrules")
    return found


_reset(None, 4)
