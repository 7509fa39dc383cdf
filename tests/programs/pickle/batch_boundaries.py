# Items are written in batches of 1000: exact lists, dicts, sets and frozensets and the items of
# list and dict subclasses (iterators), at the sizes around the batch boundary, every protocol.
import pickle
import zlib

digest = zlib.crc32


class L(list):
    pass


class D(dict):
    pass


for size in (0, 1, 2, 999, 1000, 1001, 2000, 2001):
    values = {
        'list': list(range(size)),
        'dict': {i: -i for i in range(size)},
        'set': set(range(size)),
        'frozenset': frozenset(range(size)),
        'L': L(range(size)),
        'D': D((i, i) for i in range(size)),
    }
    for kind, value in values.items():
        row = []
        for proto in range(6):
            data = pickle.dumps(value, proto)
            back = pickle.loads(data)
            assert back == value and type(back) is type(value), (kind, size, proto)
            row.append('%d:%d' % (len(data), digest(data)))
        print(size, kind, ' '.join(row))

# Batching is by count: a list of 1000 small lists.
nested = [[i] for i in range(1000)]
for proto in range(6):
    data = pickle.dumps(nested, proto)
    print('nested', proto, len(data), digest(data), data.count(b'e'), data.count(b'a'))
