# Protocol 5 buffers: PickleBuffer in band (bytes or bytearray opcodes) and out of band
# (buffer_callback, buffers=), read-only and writable, and the errors around them.
import io
import pickle

PB = pickle.PickleBuffer


def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, '|', e)


ro = PB(b'abc')
rw = PB(bytearray(b'xyz'))
print(pickle.dumps(ro, 5))
print(pickle.dumps(rw, 5))
print(pickle.dumps([ro, ro, rw, rw], 5))
print(pickle.loads(pickle.dumps([ro, rw], 5)))

collected = []
data = pickle.dumps([ro, rw, ro], 5, buffer_callback=collected.append)
print(data, len(collected), [bytes(b.raw()) for b in collected])
back = pickle.loads(data, buffers=[b'abc', bytearray(b'xyz'), b'abc'])
print(back[0], back[1], type(back[2]).__name__)
back = pickle.loads(data, buffers=[bytearray(b'ABC'), bytearray(b'XYZ'), bytearray(b'ABC')])
print(type(back[0]).__name__, back[0].readonly, bytes(back[0]), back[1])

print(pickle.dumps([ro, rw], 5, buffer_callback=lambda b: True))
print(pickle.dumps([ro, rw], 5, buffer_callback=lambda b: b is rw))

f = io.BytesIO()
pickle.dump(ro, f, 5, buffer_callback=lambda b: False)
print(f.getvalue())
show('no buffers', lambda: pickle.loads(f.getvalue()))
show('too few', lambda: pickle.loads(f.getvalue(), buffers=[]))
show('load file', lambda: pickle.load(io.BytesIO(f.getvalue()), buffers=iter([b'q'])))

for proto in range(5):
    show('proto %d' % proto, lambda: pickle.dumps(ro, proto))
show('callback proto 4', lambda: pickle.dumps(1, 4, buffer_callback=print))
show('not a buffer', lambda: PB(5))
show('str', lambda: PB('abc'))

b = PB(b'hello')
raw = b.raw()
print(type(raw).__name__, raw.format, raw.readonly, bytes(raw), len(raw))
print(PB(bytearray(b'hi')).raw().readonly)
b.release()
show('released raw', lambda: b.raw())
show('released pickle', lambda: pickle.dumps(b, 5))
b.release()
print('released twice')

big = PB(bytes(range(256)) * 300)
data = pickle.dumps(['head', big, 'tail'], 5)
print(len(data), data[:24], data[-16:])
print(pickle.loads(data)[1] == bytes(range(256)) * 300)
