# array module: typecodes, append/extend, buffer conversions, errors
from array import array
a = array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, len(a), a[2], a[-1], a[1:3], a.typecode, a.itemsize)
print(a.pop(), a.pop(0), a.index(3), a.count(2), a)
a.remove(2); a.reverse()
print(a, a.tolist(), list(a), sum(a))
d = array("d", [1.5, 2.5])
print(d, d * 2, d + array("d", [0.25]), d.itemsize)
b = array("b", [-128, 0, 127])
print(b, b.tobytes())
try:
    b.append(128)
except OverflowError as e:
    print(type(e).__name__ + ":", e)
try:
    a.append(1.5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    array("q", [1]) + array("i", [1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    array("z")
except ValueError as e:
    print(type(e).__name__ + ":", e)
u = array("B", b"hello")
print(u, u.tobytes(), bytes(u), u[0])
h = array("H")
h.frombytes(b"\x01\x00\x02\x00")
print(h, h.tolist())
w = array("w", "wide")
print(w, w.tounicode())
f = array("f", [0.1])
print(f[0], round(f[0], 6), f.itemsize)
L = array("l", range(5))
L[1:3] = array("l", [9, 9, 9])
del L[0]
print(L, L == array("l", [9, 9, 9, 3, 4]), array("i") == array("i"))
print(sorted(array("i", [3, 1, 2])), max(array("d", [1.0, 7.5])), array("i", [1, 2]).buffer_info()[1])
