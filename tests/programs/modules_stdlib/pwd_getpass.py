# pwd and getpass.getuser, os.getuid/geteuid/getgid/getegid: entries agree with each other (root is in every
# /etc/passwd), struct_passwd behaves as a struct sequence, missing entries raise KeyError.
import getpass
import os
import pickle
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, type(root).__name__, len(root), root[0] == root.pw_name)
print(repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="), pwd.getpwnam('root') == root)
print(any(e.pw_uid == 0 for e in pwd.getpwall()), pickle.loads(pickle.dumps(root)) == root)
for call in (lambda: pwd.getpwnam('no-such-user-here'), lambda: pwd.getpwuid(987654)):
    try:
        call()
    except KeyError as e:
        print(repr(e))
try:
    pwd.getpwnam(3)
except TypeError as e:
    print('TypeError', e)
me = pwd.getpwuid(os.getuid())
print(isinstance(os.getuid(), int), os.geteuid() == os.getuid(), os.getgid() == me.pw_gid, os.getegid() == os.getgid())
saved = {k: os.environ.pop(k) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME') if k in os.environ}
print(getpass.getuser() == me.pw_name)
os.environ['USER'] = 'someone'
print(getpass.getuser())
del os.environ['USER']
os.environ.update(saved)
print(issubclass(getpass.GetPassWarning, UserWarning))
