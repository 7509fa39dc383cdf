# String indexing and slicing
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[-6:-1], s[::2], s[::-1], s[1::3], s[-1:-6:-1], s[5:0:-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]), s[2:100], repr(s[:0]), s[:] == s)
print(s[slice(0, 5)], s[slice(None, None, -2)], s[1:-1][1:-1], s[::-1][::-1] == s)
for i in (13, -14, 100):
    try:
        s[i]
    except IndexError as e:
        print(i, type(e).__name__ + ":", e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__ + ":", e)
u = "héllo😀wörld"
print(u[1], u[5], u[6:], u[::-1], len(u), u[-5:], u[5:6] == "😀")
print(s[True], s[False:True], "abc"[::0 or 1])
word = "racecar"
print(word == word[::-1], "python"[::-1], "abcdef"[1:5:2], "abcdef"[::-3], "abcdef"[-2::-2])
print([s[i:i + 3] for i in range(0, len(s), 3)], s[:3] + s[3:] == s)
print(s[-3:] * 2, (s[:5] + " ") * 3, s[:1].lower() + s[1:].upper())
t = "0123456789"
print(t[2:8:3], t[8:2:-3], t[-1:-11:-4], t[::-11], t[::11], t[9:-11:-1])
