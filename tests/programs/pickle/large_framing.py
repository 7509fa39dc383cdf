# Protocol 4+ framing of large pickles: several frames, big bytes written outside frames.
import pickle

def digest(data):
    # A position-sensitive checksum (no hashlib needed).
    h = 0
    for i in range(0, len(data), 7):
        h = (h * 31 + data[i]) % 1000000007
    return h

big_list = list(range(30000))
data = pickle.dumps(big_list)
print(len(data), digest(data), data.count(b'\x95'), data[:20])
print(pickle.loads(data) == big_list)

blob = bytes(range(256)) * 400
data = pickle.dumps([b'small', blob, 'tail'])
print(len(data), digest(data), data[:30])
out = pickle.loads(data)
print(out[0], out[1] == blob, out[2])

text = 'abcdefghij' * 8000
data = pickle.dumps({'text': text, 'n': 1}, protocol=5)
print(len(data), digest(data))
print(pickle.loads(data)['text'] == text)

data = pickle.dumps([{'k%d' % i: [i] * 3} for i in range(3000)], protocol=4)
print(len(data), digest(data))
print(pickle.loads(data)[2999])
for proto in (2, 3):
    d = pickle.dumps(big_list, proto)
    print(proto, len(d), digest(d))
