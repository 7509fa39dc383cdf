import uuid, pickle, copy
from uuid import UUID

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

u = UUID('{12345678-1234-5678-1234-567812345678}')
for x in [u, UUID('urn:uuid:12345678123456781234567812345678'), UUID(bytes=b'\x12\x34\x56\x78' * 4),
          UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'),
          UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
          UUID(int=0x12345678123456781234567812345678), UUID(int=0), UUID(int=(1 << 128) - 1),
          UUID(int=5, version=1), UUID(hex='0' * 32, version=4), UUID(int=(1 << 128) - 1, version=5)]:
    print(x, repr(x), x.hex, x.int, x.urn, x.variant, x.version)
    print('  ', x.bytes, x.bytes_le, x.fields)
    print('  ', x.time_low, x.time_mid, x.time_hi_version, x.clock_seq_hi_variant, x.clock_seq_low, x.time, x.clock_seq, x.node, int(x))
for v in (0x0000, 0x8000, 0xc000, 0xe000):
    print(UUID(int=v << 48).variant, UUID(int=v << 48).version)
show('none', lambda: UUID())
show('two', lambda: UUID(hex='0' * 32, int=0))
show('short hex', lambda: UUID('1234'))
show('bad hex', lambda: UUID('z' * 32))
show('hex int', lambda: UUID(1))
show('bytes', lambda: UUID(bytes=b'x'))
show('bytes_le', lambda: UUID(bytes_le=b'x' * 17))
show('fields', lambda: UUID(fields=(1, 2)))
for i in range(6):
    f = [0] * 6
    f[i] = 1 << (32, 16, 16, 8, 8, 48)[i]
    show('field %d' % i, lambda: UUID(fields=tuple(f)))
show('neg field', lambda: UUID(fields=(-1, 0, 0, 0, 0, 0)))
show('int big', lambda: UUID(int=1 << 128))
show('int neg', lambda: UUID(int=-1))
for v in (0, 6, 9):
    show('version %d' % v, lambda: UUID(int=5, version=v))
show('immutable', lambda: setattr(u, 'int', 3))
show('immutable2', lambda: setattr(u, 'x', 3))
a, b = UUID(int=1), UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == UUID(int=1), a != b, a == 1, a.__eq__(1), hash(a) == hash(1), sorted([b, a]))
show('lt int', lambda: a < 3)
print(len({UUID(int=1), UUID(int=1), UUID(int=2)}))
print(u.is_safe, UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe, uuid.SafeUUID.unsafe.value, list(uuid.SafeUUID))
print(u.__getstate__(), UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
p = pickle.loads(pickle.dumps(UUID(int=7, is_safe=uuid.SafeUUID.unsafe)))
print(p, p.is_safe, copy.copy(u) == u, copy.deepcopy(u) == u)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, b'http://x/'), uuid.uuid5(uuid.NAMESPACE_URL, 'é'))
show('uuid3 int', lambda: uuid.uuid3(uuid.NAMESPACE_DNS, 5))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t1.variant, t1.time < t2.time, t1.node == t2.node == uuid.getnode(), 0 <= uuid.getnode() < 1 << 48)
t3 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(t3.node), hex(t3.clock_seq), t3.time > 0x01b21dd213814000)
