# UUID views and constructor edge cases (the documented attributes, errors and pickling).
import uuid, weakref, pickle
from uuid import UUID


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as e:
        print(label, type(e).__name__, e)


for text in ['urn:uuid:{00010203-0405-0607-0809-0a0b0c0d0e0f}', '{00010203040506070809-0a0b0c0d0e0f}',
             '0001-0203-0405-0607-0809-0a0b-0c0d-0e0f', 'ABCDEF00-0000-0000-0000-0000000000FF',
             'uuid:000102030405060708090a0b0c0d0e0f']:
    attempt(text, lambda: UUID(text))
for text in ['{0001020304050607080900a0b0c0d0e0f}', '', '0001020304050607080g0a0b0c0d0e0f']:
    attempt(repr(text), lambda: UUID(text))
attempt('bytes str', lambda: UUID(bytes='0123456789abcdef'))
attempt('int top', lambda: UUID(int=2 ** 127))
attempt('bytes_le str', lambda: UUID(bytes_le='0123456789abcdef'))
attempt('bytearray', lambda: UUID(bytes=bytearray(16)))
attempt('fields list', lambda: UUID(fields=[1, 2, 3, 4, 5, 6]))

u = UUID(bytes=bytes(range(16)))
print(u.bytes_le.hex(), UUID(bytes_le=u.bytes_le) == u, UUID(fields=u.fields) == u)
print([hex(f) for f in u.fields], hex(u.time), hex(u.clock_seq))
for v in range(1, 6):
    w = UUID(int=(1 << 128) - 1, version=v)
    print(v, w, w.version, w.variant, hex(w.clock_seq_hi_variant), hex(w.time_hi_version))
for top in range(8):
    w = UUID(int=top << 61)
    print(top, w.variant, w.version, w.clock_seq_hi_variant)

class Sub(UUID):
    pass

s = Sub(int=3)
print(repr(s), s == UUID(int=3), UUID(int=3) == s, s < UUID(int=4), UUID(int=2) < s, hash(s) == hash(3))
print(UUID(int=1) == 'x', UUID(int=1) != 1)
attempt('le str', lambda: UUID(int=1) <= 'x')
r = weakref.ref(u)
print(r() is u)
attempt('new attr', lambda: setattr(u, 'is_safe', uuid.SafeUUID.safe))
for safe in uuid.SafeUUID:
    p = pickle.loads(pickle.dumps(UUID(int=9, is_safe=safe)))
    print(safe, p.is_safe, p.__getstate__())
fresh = UUID.__new__(UUID)
fresh.__setstate__({'int': 12})
print(fresh, fresh.is_safe)
print(uuid.uuid3(uuid.NAMESPACE_OID, ''), uuid.uuid5(uuid.NAMESPACE_X500, b'cn=x'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://www.python.org/').version)
attempt('uuid5 str ns', lambda: uuid.uuid5('x', 'y'))
print(uuid.uuid1(clock_seq=0xffff).clock_seq, uuid.uuid1(node=5).node)
print(sorted(UUID(int=i * 7 % 5) for i in range(5)))
