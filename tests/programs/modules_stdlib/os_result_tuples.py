# os's struct-sequence results: terminal_size and uname_result (fields, repr, pickling, length check, docs).
import os, pickle
t = os.terminal_size((80, 24))
print(t, t.columns, t.lines, type(t).__name__, type(t).__module__, os.terminal_size.n_fields, pickle.loads(pickle.dumps(t)) == t, type(pickle.loads(pickle.dumps(t))).__name__)
try: os.terminal_size((1, 2, 3))
except TypeError as e: print(e)
u = os.uname(); print(repr(u).startswith('posix.uname_result(sysname='), u.sysname == u[0], type(u).__name__, len(u), os.uname_result.__doc__.splitlines()[0])
print(os.terminal_size.columns.__doc__)
