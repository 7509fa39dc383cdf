# pickle.dump/load with real files, and Pickler/Unpickler on file objects.
import os
import pickle

path = 'pickle_dump_files.tmp'
records = [{'id': i, 'name': 'n%d' % i, 'tags': {'t%d' % (i % 3)}} for i in range(5)]
with open(path, 'wb') as f:
    for r in records:
        pickle.dump(r, f, protocol=pickle.HIGHEST_PROTOCOL)
with open(path, 'rb') as f:
    back = []
    while True:
        try:
            back.append(pickle.load(f))
        except EOFError:
            break
print(back == records, len(back))

with open(path, 'wb') as f:
    p = pickle.Pickler(f, 3)
    p.dump(('header', 1))
    p.dump(list(range(5)))
with open(path, 'rb') as f:
    u = pickle.Unpickler(f)
    print(u.load(), u.load())
    print(f.read())
print(os.path.getsize(path))
os.remove(path)

class NoWrite:
    pass
try:
    pickle.Pickler(NoWrite())
except TypeError as e:
    print('TypeError', e)
