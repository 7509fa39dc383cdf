# bytearray(): construction forms and mutability
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([65, 66]), bytearray("hé", "utf-8"))
print(bytearray(range(5)), bytearray(bytearray(b"x")), bytearray(memoryview(b"mv")))
b = bytearray(b"hello")
b[0] = ord("J")
print(b)
b.append(33)
b.extend(b" world")
print(b, len(b))
b[1:3] = b"EE"
print(b)
del b[-6:]
print(b)
b.insert(0, 62)
print(b, b.pop(), b.pop(0), b)
b.remove(ord("E"))
print(b)
b.reverse()
print(b)
b *= 2
print(b)
print(b.upper(), b.count(b"l"), b.find(b"lJ"), b.hex())
try:
    b[0] = 256
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    b.append("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    bytearray("no encoding")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    bytearray(-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    bytearray([1, 300])
except ValueError as e:
    print(type(e).__name__ + ":", e)
c = bytearray(b"abc")
print(c == b"abc", b"abc" == c, c + b"d", type(c + b"d").__name__, type(b"d" + c).__name__)
try:
    hash(c)
except TypeError as e:
    print(type(e).__name__ + ":", e)
c.clear()
print(c, bytearray.fromhex("de ad"), bytearray(b"x").copy())
