# Protocol 4+ frames around the 64 KiB target: payloads just under and at 64 KiB (which bypass
# the frame), frames closed at object boundaries, tiny frames without a header, and the write()
# calls a file receives (one per closed frame or large payload, the rest at the end).
import io
import pickle


class Recorder(io.BytesIO):
    def __init__(self):
        super().__init__()
        self.sizes = []

    def write(self, data):
        self.sizes.append(len(data))
        return super().write(data)


def frames(data):
    """Sizes of the FRAME opcodes found by walking a pickle made of the values below."""
    return data.count(b'\x95')


def check(label, value, protos=(4, 5)):
    for proto in protos:
        data = pickle.dumps(value, proto)
        rec = Recorder()
        pickle.dump(value, rec, proto)
        assert rec.getvalue() == data
        back = pickle.loads(data)
        print(label, proto, len(data), data[:14], data[-12:], rec.sizes, back == value)


for size in (0, 1, 2, 3, 4, 255, 256, 65535, 65536, 65537):
    check('bytes %d' % size, b'x' * size, (3, 4, 5))
    check('str %d' % size, 'y' * size, (3, 4, 5))
check('bytearray 65536', bytearray(b'z' * 65536), (5,))
check('mixed', [b'a' * 70000, 'b' * 100, b'c' * 65536, 'd' * 65536, 7])
check('many', [str(i) * 10 for i in range(8000)])
check('dicts', [{'k': 'v' * 100, 'n': i} for i in range(1500)])
check('tiny', [None])
check('empty frozenset', frozenset())
for proto in (0, 1, 2, 3, 4, 5):
    rec = Recorder()
    pickle.dump(list(range(20000)), rec, proto)
    print('list', proto, rec.sizes)
