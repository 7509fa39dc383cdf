# marshal's errors, with CPython's exception types and messages.
import marshal

bad = [
    b'', b'\xe9', b'i\x01\x00', b'?', b'r\x05\x00\x00\x00', b'0', b'l\x01\x00\x00\x00\x00\x00',
    b'l\x01\x00\x00\x00\x00\x80', b's\xff\xff\xff\xff', b's\x05\x00\x00\x00ab',
    b'{i\x01\x00\x00\x00', b'[\x02\x00\x00\x00N', b'u\x02\x00\x00\x00\xff\xfe',
    b'(\xff\xff\xff\xff', b'<\x01\x00\x00\x00[\x00\x00\x00\x00', b'f\x03abc', b'f\x03',
    b'[\x01\x00\x00\x000',
]
for data in bad:
    try:
        print(data, repr(marshal.loads(data)))
    except Exception as e:
        print(data, type(e).__name__, e)

class I(int):
    pass

for v in (object(), I(3), [object()], {1: len}):
    try:
        marshal.dumps(v)
    except Exception as e:
        print(type(e).__name__, e)

try:
    marshal.dumps((lambda: 0).__code__, allow_code=False)
except ValueError as e:
    print("ValueError", e)

x = []
for i in range(3000):
    x = [x]
try:
    marshal.dumps(x)
except ValueError as e:
    print("ValueError", e)
try:
    marshal.loads(b'[' + b'\x01\x00\x00\x00[' * 3000)
except ValueError as e:
    print("ValueError", e)
for call in (lambda: marshal.dumps(1, 2, 3), lambda: marshal.loads('abc'), lambda: marshal.dumps(1, 'x')):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

class F:
    def read(self, n):
        return 5
try:
    marshal.load(F())
except TypeError as e:
    print("TypeError", e)

for call in (lambda: marshal.dumps(), lambda: marshal.dump(1), lambda: marshal.loads(),
             lambda: marshal.loads(b'N', 2), lambda: marshal.load(), lambda: marshal.dump(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# A deep structure within marshal's limit round-trips (no interpreter recursion).
x = []
for i in range(1900):
    x = [x, i]
back = marshal.loads(marshal.dumps(x))
depth = 0
while back:
    back = back[0]
    depth += 1
print("depth", depth)
