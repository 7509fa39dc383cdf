# Protocols 0-2 use Python 2 names (fix_imports): range is written as __builtin__.xrange and
# Python 2 names are mapped back on load.
import pickle, functools, itertools

for proto in range(6):
    data = pickle.dumps([range(1, 5, 2), zip, itertools.zip_longest, functools.reduce], proto)
    print(proto, data)
    back = pickle.loads(data)
    print(back[0], back[1] is zip, back[2] is itertools.zip_longest, back[3] is functools.reduce)

print(pickle.dumps(range(3), 2, fix_imports=False))
for old in [b'c__builtin__\nxrange\n(I0\nI3\nI1\ntR.', b'c__builtin__\nunicode\n(S"abc"\ntR.',
            b'citertools\nizip\n.', b'c__builtin__\nreduce\n.', b'cexceptions\nValueError\n.',
            b'c__builtin__\nlong\n(I7\ntR.', b'cUserDict\nIterableUserDict\n.']:
    print(pickle.loads(old))
try:
    pickle.loads(b'c__builtin__\nxrange\n.', fix_imports=False)
except ImportError as e:
    print(type(e).__name__, e)
