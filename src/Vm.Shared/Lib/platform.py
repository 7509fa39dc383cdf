"""Access to the underlying platform's identifying data.

Written for the FreeThreaded VM from the documented interface of CPython's platform module. The
system values come from os.uname() and the C library; the Python values describe this VM (its
implementation name is 'FreeThreaded', its compiler the .NET runtime).
"""

import collections
import os
import sys

__all__ = ['architecture', 'freedesktop_os_release', 'libc_ver', 'machine', 'node', 'platform',
           'processor', 'python_branch', 'python_build', 'python_compiler', 'python_implementation',
           'python_revision', 'python_version', 'python_version_tuple', 'release', 'system', 'uname',
           'uname_result', 'version']


class uname_result(collections.namedtuple('uname_result', 'system node release version machine')):
    """uname() as a named tuple; processor is an attribute resolved when first asked for."""

    __slots__ = ()

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, index):
        return tuple(self)[index]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


_uname_cache = None


def uname():
    """(system, node, release, version, machine) and a processor attribute."""
    global _uname_cache
    if _uname_cache is None:
        info = os.uname()
        _uname_cache = uname_result(info.sysname, info.nodename, info.release, info.version, info.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    """The processor name where the system reports one (Linux does not: '')."""
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter: this VM runs as a 64-bit ELF process on Linux."""
    size = 8 if sys.maxsize > 2 ** 32 else 4
    return (bits or '%dbit' % (size * 8)), (linkage or ('ELF' if sys.platform.startswith('linux') else ''))


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library this process uses."""
    found = os._posix._libc_version() if hasattr(os, '_posix') else None
    if found:
        return 'glibc', found
    return lib, version


def platform(aliased=False, terse=False):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    info = uname()
    if terse and info.system != 'Linux':
        return '%s-%s' % (info.system, info.release)
    parts = [info.system, info.release, info.machine]
    if info.system == 'Linux':
        lib, ver = libc_ver()
        if lib:
            parts += ['with', lib + ver]
    text = '-'.join(part for part in parts if part)
    for bad in ' /\\:;"()':
        text = text.replace(bad, '_')
    while '--' in text:
        text = text.replace('--', '-')
    return text


def python_implementation():
    """'FreeThreaded' (CPython's module answers 'CPython', 'PyPy', 'IronPython' or 'Jython')."""
    return 'FreeThreaded'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_build():
    return ('main', '')


def python_compiler():
    text = sys.version
    start = text.find('(')
    return text[start + 1:text.rfind(')')] if start >= 0 else ''


def python_branch():
    return ''


def python_revision():
    return ''


_os_release_cache = None


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    text = f.read()
            except OSError:
                continue
            break
        else:
            raise OSError(2, 'Unable to read files /etc/os-release, /usr/lib/os-release')
        import shlex
        fields = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            key, _, value = line.partition('=')
            try:
                words = shlex.split(value)
            except ValueError:
                continue
            fields[key] = words[0] if words else ''
        _os_release_cache = fields
    return _os_release_cache.copy()
