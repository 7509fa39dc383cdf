# grp: the group database as struct_group records (the root group exists on every Linux system).
import grp
import pickle
import pwd

g = grp.getgrgid(0)
print(g)
print(g.gr_name, g.gr_passwd, g.gr_gid, g.gr_mem, g[0], g[-1], len(g), tuple(g)[:3])
print(type(g).__name__, type(g).__module__, g.n_fields, g.n_sequence_fields, g.n_unnamed_fields)
print(isinstance(g, tuple), grp.getgrnam("root") == g, g in grp.getgrall())
print(all(isinstance(e, grp.struct_group) and isinstance(e.gr_mem, list) for e in grp.getgrall()))
print(pickle.loads(pickle.dumps(g)) == g)
print(grp.struct_group.__doc__)
for bad in (lambda: grp.getgrgid(987654), lambda: grp.getgrnam("no such group"), lambda: grp.getgrnam(1),
            lambda: grp.getgrgid("0"), lambda: grp.getgrgid(1.5), lambda: grp.struct_group((1, 2)),
            lambda: setattr(g, "gr_gid", 5)):
    try:
        bad()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# pwd's records are built the same way.
p = pwd.getpwuid(0)
print(p.pw_name, p.pw_uid, type(p).__module__, p.n_fields, repr(pwd.struct_passwd.__doc__[-12:]))
try:
    pwd.struct_passwd((1,))
except TypeError as e:
    print(type(e).__name__, e)
