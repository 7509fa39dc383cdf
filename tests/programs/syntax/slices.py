# Slicing with start/stop/step on lists, strings and tuples
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], s[-1:-4:-1])
print(s[100:], s[-100:3], s[5:100], s[3:3], s[5:2])
print(repr(s[10:]), s[-1], s[0])
L = list(range(10))
print(L[1:9:3], L[::-3], L[-2::-4])
t = tuple(L)
print(t[::4], t[5:0:-2])
print(L[slice(2, 6)], L[slice(None, None, -1)][:3], s[slice(3)])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), sl.indices(20))
print(slice(None, None, -1).indices(4), slice(-3, None).indices(10))
try:
    L[::0]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(L[True:3], s[False:2])
class Idx:
    def __index__(self):
        return 3
print(L[Idx():], s[:Idx()])
print(b"abcdef"[1:5:2], bytearray(b"xyz")[::-1])
print(range(20)[3:15:4], list(range(20)[::-5]))
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][::-1], [row[1:] for row in m])
print(L[-1:-11:-1] == L[::-1], L[len(L):0:-1])
