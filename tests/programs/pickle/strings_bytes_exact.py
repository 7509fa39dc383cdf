# Exact bytes of str, bytes and bytearray values at every protocol, including length boundaries.
import pickle

strs = ['', 'a', 'héllo wörld', '日本語', 'emoji \U0001F600', 'x' * 255, 'y' * 256, 'line\nbreak\\back', '\x00\x1a\r']
blobs = [b'', b'\x00\xff', bytes(range(20)), b'z' * 255, b'w' * 256]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for s in strs:
        data = pickle.dumps(s, proto)
        assert pickle.loads(data) == s
        print(proto, repr(s[:12]), len(data), data if len(data) < 80 else data[:40])
    for b in blobs:
        data = pickle.dumps(b, proto)
        assert pickle.loads(data) == b
        print(proto, b[:8], len(data), data if len(data) < 80 else data[:40])
    ba = bytearray(b'mutable')
    data = pickle.dumps(ba, proto)
    back = pickle.loads(data)
    print(proto, type(back).__name__, back, data)
print(pickle.loads(pickle.dumps(['shared', 'shared'])))
