# Indexing and slicing bytes and bytearray
b = b"0123456789"
print(b[0], b[-1], b[3:7], b[::2], b[::-1], b[-3:], b[:0], b[8:2:-2], type(b[0]).__name__, type(b[0:1]).__name__)
ba = bytearray(b)
print(ba[0], ba[2:5], ba[::-3], type(ba[1:3]).__name__)
for i in (10, -11):
    try:
        b[i]
    except IndexError as e:
        print(type(e).__name__ + ":", e)
try:
    ba[10]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    b["0"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(list(b[:3]), [chr(x) for x in b[-3:]], b[1:2] == b"1", b[1] == ord("1"), b[1] == b"1")
print(b"abc" * 2, b"ab" + b"cd", b"b" in b"abc", 98 in b"abc", b"" in b"abc", len(b"\x00" * 5))
m = memoryview(b"abcdef")
print(m[0], m[1:4].tobytes(), bytes(m[::2]), m.nbytes, m.readonly, len(m[2:]))
mb = memoryview(bytearray(b"abcdef"))
mb[0] = ord("Z")
mb[1:3] = b"YX"
print(mb.obj, mb.readonly, mb.tobytes(), mb.tolist()[:3])
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    mb[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(b[slice(2, 8, 3)], b[slice(None, None, -4)], bytes(reversed(b"abc")))
print([b[i:i + 3] for i in range(0, len(b), 3)])
print(b"hello"[1:-1].upper(), b"hello"[::-1].decode(), bytes(b"hello"[i] for i in (4, 3, 2)))
