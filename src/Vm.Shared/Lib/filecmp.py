"""Compare files and directories.

Written from the library documentation. cmp() compares two files (by os.stat signature first
when shallow, then by content), caching content results by the files' signatures; dircmp
compares two directories and reports what is common, what differs and what is only on one side;
cmpfiles() sorts a list of names into matches, mismatches and errors.
"""

import os
import stat
from types import GenericAlias

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ["RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs", "__pycache__"]


def clear_cache():
    """Forget the results cmp() cached."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """True if the files look equal: same os.stat signature (type, size, mtime) when shallow,
    else (or when the signatures differ) the same contents. Files that are not regular never
    compare equal."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    result = _cache.get(key)
    if result is None:
        result = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = result
    return result


def _same_contents(f1, f2):
    with open(f1, "rb") as a, open(f2, "rb") as b:
        while True:
            x = a.read(BUFSIZE)
            y = b.read(BUFSIZE)
            if x != y:
                return False
            if not x:
                return True


class dircmp:
    """Compares the directories a and b (ignoring the names in ignore, default DEFAULT_IGNORES,
    and hiding those in hide, default os.curdir and os.pardir). Attributes are computed on first
    use: left_list, right_list, common, left_only, right_only, common_dirs, common_files,
    common_funny, same_files, diff_files, funny_files, subdirs."""

    def __init__(self, a, b, ignore=None, hide=None, *, shallow=True):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore
        self.shallow = shallow

    def _listing(self, path):
        hidden = set(self.hide) | set(self.ignore)
        return sorted(name for name in os.listdir(path) if name not in hidden)

    def phase0(self):
        self.left_list = self._listing(self.left)
        self.right_list = self._listing(self.right)

    def phase1(self):
        # names compared through os.path.normcase, reported with the left (or right) spelling
        left = {os.path.normcase(name): name for name in self.left_list}
        right = {os.path.normcase(name): name for name in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            try:
                a = os.stat(os.path.join(self.left, name))
                b = os.stat(os.path.join(self.right, name))
            except (OSError, ValueError):
                self.common_funny.append(name)
                continue
            kind_a, kind_b = stat.S_IFMT(a.st_mode), stat.S_IFMT(b.st_mode)
            if kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files, self.shallow)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name), os.path.join(self.right, name),
                                                self.ignore, self.hide, shallow=self.shallow)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    methodmap = dict(subdirs=phase4, same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2, common=phase1,
                     left_only=phase1, right_only=phase1, left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    def report(self):
        """Print the comparison of a and b."""
        print("diff", self.left, self.right)
        if self.left_only:
            print("Only in", self.left, ":", sorted(self.left_only))
        if self.right_only:
            print("Only in", self.right, ":", sorted(self.right_only))
        if self.same_files:
            print("Identical files :", sorted(self.same_files))
        if self.diff_files:
            print("Differing files :", sorted(self.diff_files))
        if self.funny_files:
            print("Trouble with common files :", sorted(self.funny_files))
        if self.common_dirs:
            print("Common subdirectories :", sorted(self.common_dirs))
        if self.common_funny:
            print("Common funny cases :", sorted(self.common_funny))

    def report_partial_closure(self):
        """Print the comparison of a and b and of their immediate common subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Print the comparison of a and b and of every common subdirectory, recursively."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """(match, mismatch, errors): the names in common whose files in directories a and b compare
    equal, differ, or could not be compared."""
    result = ([], [], [])
    for name in common:
        try:
            outcome = 0 if cmp(os.path.join(a, name), os.path.join(b, name), shallow) else 1
        except (OSError, ValueError):
            outcome = 2
        result[outcome].append(name)
    return result
