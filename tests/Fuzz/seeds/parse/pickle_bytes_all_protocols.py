import pickle
vals = [None, True, -1, 255, 65536, -2**31, 2**31, 2**70, -2**70, 1.5, complex(1,-2), "héllo", b"\x00ab", bytearray(b"xy"), (1,), (1,2,3,4), [1,[2]], {"a":1,"b":[1,2]}, {1,2}, frozenset({3}), ("s","s")]
for p in range(0,6):
    d = pickle.dumps(vals, protocol=p)
    print(p, repr(d))
    print(pickle.loads(d) == vals)
