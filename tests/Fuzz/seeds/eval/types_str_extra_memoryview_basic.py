# memoryview over bytes and bytearray.
def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

for expr in ["memoryview(b'abc')[1]", "memoryview(b'abc')[1:].tobytes()", "memoryview('a')", "len(memoryview(b'ab'))",
             "memoryview(b'ab') == b'ab'", "memoryview(b'ab').tolist()", "bytes(memoryview(b'x'))", "memoryview(bytearray(b'ab')).readonly",
             "memoryview(b'ab').format", "memoryview(b'ab').itemsize", "memoryview(b'ab').nbytes", "memoryview(b'ab').obj",
             "hash(memoryview(b'ab')) == hash(b'ab')", "memoryview(b'ab').hex()", "memoryview(b'ab')[5]", "memoryview(b'ab')['x']",
             "memoryview(b'ab').shape", "memoryview(b'ab').ndim", "memoryview(b'ab').strides", "memoryview(b'abcd')[::2].tobytes()",
             "memoryview(b'abcd')[::-1].tobytes()", "memoryview(b'abcd')[::2][1]", "memoryview(b'ab').toreadonly().readonly",
             "memoryview(b'ab').contiguous", "memoryview(b'abcd')[::2].contiguous", "memoryview(b'ab').cast('c')[0]",
             "memoryview(b'\\xff').cast('b')[0]", "list(memoryview(b'xyz'))", "memoryview(b'ab') != b'ab'", "memoryview(memoryview(b'q')).tobytes()",
             "hash(memoryview(bytearray(b'a')))", "b'abc'.startswith(memoryview(b'ab'))", "bytearray(memoryview(b'zz'))"]:
    show(expr)

m = memoryview(bytearray(b'abc'))
for code in ["m[0] = 65", "m[0] = 256", "m[0:2] = b'XY'", "m[0:2] = b'X'", "m[0] = b'a'", "m[-1] = 122", "memoryview(b'ab')[0] = 1",
             "m[::2] = b'12'", "del m[0]", "m.release(); m[0]", "m.tobytes()"]:
    try:
        exec(code)
        print(code, "->", m.obj)
    except Exception as e:
        print(code, "!!", type(e).__name__, e)
with memoryview(b'ab') as mv:
    print(mv.tobytes(), mv[0])
try:
    mv.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
print(repr(mv).startswith("<released memory at 0x"))
