"""The group database (grp): group entries as struct_group records.

Written for the FreeThreaded VM from the documented interface of CPython's grp module. Entries are
read from /etc/group (the local database; groups that only a network name service knows are not
listed).
"""

from _struct_records import record_type as _record_type

struct_group = _record_type(
    'grp', 'struct_group', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'),
    """grp.struct_group: Results from getgr*() routines.

This object may be accessed either as a tuple of
  (gr_name,gr_passwd,gr_gid,gr_mem)
or via the object attributes as named in the above tuple.
""")


def _groups():
    try:
        with open('/etc/group', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        fields = line.split(':')
        if len(fields) != 4 or line.startswith(('#', '+', '-')):
            continue
        try:
            gid = int(fields[2])
        except ValueError:
            continue
        members = [m for m in fields[3].split(',') if m]
        found.append(struct_group((fields[0], fields[1], gid, members)))
    return found


def getgrall():
    """Every entry of the group database."""
    return _groups()


def getgrgid(id):
    """The entry of group id id (KeyError if there is none)."""
    if not isinstance(id, int):
        if isinstance(id, float) or not hasattr(type(id), '__index__'):
            raise TypeError('gid should be integer, not %s' % type(id).__name__)
        id = id.__index__()
    for entry in _groups():
        if entry.gr_gid == id:
            return entry
    raise KeyError('getgrgid(): gid not found: %d' % id)


def getgrnam(name):
    """The entry of group name (KeyError if there is none)."""
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument 1 must be str, not %s' % type(name).__name__)
    for entry in _groups():
        if entry.gr_name == name:
            return entry
    raise KeyError('getgrnam(): name not found: %r' % name)
