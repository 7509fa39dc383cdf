# marshal: every supported value round-trips on every version; shared and recursive references
# survive (versions >= 3); data CPython 3.13 wrote (the byte strings below) loads.
import marshal, io, math

values = [
    None, True, False, ..., StopIteration, 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**15, 2**30, 2**100, -(2**100) + 12345, 10**50, 0.0, -0.0, 1.5, 0.1, 1e100, -1e-300,
    float('inf'), float('-inf'), 1j, complex(1.5, -2.25), "", "abc", "é\u20ac\U0001f600",
    "x" * 300, "ü" * 300, b"", b"\x00\xff" * 200, (), (1,), tuple(range(300)), [], [1, [2, [3]]],
    {}, {"a": 1, 2: [3], (4, 5): None}, set(), {1, 2, 3}, frozenset({"a", "b"}),
    frozenset(), {frozenset({1}): (1.5, "s")},
]
for version in range(5):
    for v in values:
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        assert type(back) is type(v), (version, v, back)
        assert back == v or (isinstance(v, float) and math.isnan(v)), (version, v, back)
        if isinstance(v, float):
            assert math.copysign(1, back) == math.copysign(1, v), (version, v)
    print("version", version, "ok")

nan = marshal.loads(marshal.dumps(float('nan')))
print("nan", math.isnan(nan))

# Buffers are written as bytes.
print(marshal.loads(marshal.dumps(bytearray(b"ab"))), marshal.loads(marshal.dumps(memoryview(b"cd"))))

# Sharing and cycles (version 4).
shared = [1, 2]
pair = marshal.loads(marshal.dumps([shared, shared]))
print("shared", pair, pair[0] is pair[1])
cyc = []
cyc.append(cyc)
back = marshal.loads(marshal.dumps(cyc))
print("cycle", back[0] is back)
d = {}
d["self"] = d
back = marshal.loads(marshal.dumps(d))
print("dict cycle", back["self"] is back)
# Version 2 has no references: the shared list is written twice and loads as two lists.
pair = marshal.loads(marshal.dumps([shared, shared], 2))
print("v2 shared", pair, pair[0] is pair[1])

# Data written by CPython 3.13 (flags as its reference counts left them).
cpython = [
    b'\xe9\x01\x00\x00\x00',
    b'\xec\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04',
    b'\xec\xfd\xff\xff\xff\x00\x00\x00\x00\x00\x04',
    b'\xe7\x00\x00\x00\x00\x00\x00\xf8?',
    b'f\x031.5',
    b'x\x010\x011',
    b'\xf4\x02\x00\x00\x00\xc3\xa9',
    b'<\x03\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00\xe9\x03\x00\x00\x00',
    b'(\x02\x00\x00\x00u\x01\x00\x00\x00au\x01\x00\x00\x00a',
    b'\xdb\x02\x00\x00\x00\xdb\x00\x00\x00\x00r\x01\x00\x00\x00',
    b'\xfb\xda\x01a\xe9\x01\x00\x00\x00\xda\x01b[\x02\x00\x00\x00\xdb\x02\x00\x00\x00r\x02\x00\x00\x00\xe9\x02\x00\x00\x00r\x04\x00\x00\x000',
    b'\xa9\x03\xda\x02hir\x01\x00\x00\x00l\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04',
    b'\xbe\x02\x00\x00\x00\xda\x01x\xe7\x00\x00\x00\x00\x00\x00\xf8?',
    b'f\x130.10000000000000001',
]
for data in cpython:
    print(repr(marshal.loads(data)))

# Equal sets give equal bytes whatever their insertion order.
print("set order", marshal.dumps({3, 1, 2}) == marshal.dumps({2, 3, 1}),
      marshal.dumps(frozenset("abcdef")) == marshal.dumps(frozenset("fedcba")))

# Version 0/1 floats are text with 17 significant digits.
for x in (1.5, 0.1, 1e100, float('inf'), -0.0):
    print(marshal.dumps(x, 1))

# Files: load leaves the file just past the value it read.
f = io.BytesIO()
marshal.dump([1, "two"], f)
marshal.dump(3.0, f)
f.seek(0)
print(marshal.load(f), marshal.load(f), f.tell())
try:
    marshal.load(f)
except EOFError as e:
    print("EOFError", e)
print("version", marshal.version)
