"""The password database (pwd): account entries as struct_passwd records.

Written for the FreeThreaded VM from the documented interface of CPython's pwd module. Entries are
read from /etc/passwd (the local database; accounts that only a network name service knows are not
listed).
"""

__all__ = ['getpwuid', 'getpwnam', 'getpwall', 'struct_passwd']

from _struct_records import record_type

struct_passwd = record_type(
    'pwd', 'struct_passwd', ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'),
    """pwd.struct_passwd: Results from getpw*() routines.

This object may be accessed either as a tuple of
  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
or via the object attributes as named in the above tuple.""")


def _entries():
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        parts = line.split(':')
        if len(parts) != 7 or line.startswith(('#', '+', '-')):
            continue
        try:
            uid, gid = int(parts[2]), int(parts[3])
        except ValueError:
            continue
        found.append(struct_passwd((parts[0], parts[1], uid, gid, parts[4], parts[5], parts[6])))
    return found


def getpwall():
    """Every entry of the password database."""
    return _entries()


def getpwuid(uid):
    """The entry of user id uid (KeyError if there is none)."""
    uid = uid.__index__() if not isinstance(uid, int) else uid
    for entry in _entries():
        if entry.pw_uid == uid:
            return entry
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name):
    """The entry of user name (KeyError if there is none)."""
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    for entry in _entries():
        if entry.pw_name == name:
            return entry
    raise KeyError('getpwnam(): name not found: %r' % name)
