# Nested containers of every builtin kind survive a round trip at every protocol.
import pickle

value = {
    'tuple_keys': {(1, 2): 'a', (3, (4, 5)): 'b'},
    'sets': {frozenset({1, 2}), frozenset()},
    'frozen': frozenset({'x', ('y', 1)}),
    'nested': [[[[[]]]], ((), ((),)), {'a': {'b': {'c': None}}}],
    'numbers': [1, -1.5, 2 ** 80, complex(0, 1), True],
    'bytes': [b'', bytearray(b'ba')],
    'empty': ([], {}, set(), (), '', b''),
}

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    out = pickle.loads(pickle.dumps(value, proto))
    print(proto, out == value, sorted(out), type(out['sets']).__name__, type(out['bytes'][1]).__name__)

deep = []
cur = deep
for _ in range(200):
    nxt = []
    cur.append(nxt)
    cur = nxt
out = pickle.loads(pickle.dumps(deep))
depth = 0
while out:
    out = out[0]
    depth += 1
print('depth', depth)
print(pickle.dumps({'a': (1, 2), 'b': frozenset({3})}))
print(pickle.dumps(((1,), [2], {3: 4})))
