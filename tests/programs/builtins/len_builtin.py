# len() of builtin containers and custom __len__
print(len(""), len("abc"), len("é😀"), len(b"\x00\x01"), len(bytearray(5)))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1}), len(set("aab")))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, 2)), len(range(2 ** 40)))
print(len(frozenset()), len({}.keys()), len({1: 2}.items()), len({1: 2}.values()), len(memoryview(b"abc")))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, 1.5, None, iter([]), (x for x in []), len):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__ + ":", e)
class Str:
    def __len__(self):
        return "3"
try:
    len(Str())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Idx:
    def __index__(self):
        return 4
class LenIdx:
    def __len__(self):
        return Idx()
print(len(LenIdx()))
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__ + ":", e)
import collections
print(len(collections.deque([1, 2])), len(collections.Counter("aab")), len(collections.OrderedDict(a=1)))
s = "x" * 1000
print(len(s), len(s * 3), len(s[::7]))
