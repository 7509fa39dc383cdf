# slice(): objects, attributes, indices(), use in subscripts
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, None))
L = list(range(12))
print(L[s], L[slice(3)], L[slice(-3, None)], L[slice(None, None, -4)], "abcdef"[slice(1, 4)])
print(slice(2).indices(10), slice(-5, None).indices(10), slice(None, None, -1).indices(5), slice(0, 100, 3).indices(10))
print(slice(10, 0, -2).indices(6), slice(-100, 100).indices(3))
print(range(*slice(1, 10, 3).indices(8)), list(range(*slice(None, None, -2).indices(7))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
print(hash(slice(1, 2)) == hash(slice(1, 2)))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__ + ":", e)
weird = slice("a", [1], {})
print(weird.start, weird.stop, weird.step)
try:
    L[weird]
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Spy:
    def __getitem__(self, key):
        return key
spy = Spy()
print(spy[1:2], spy[::], spy[:5], spy[1:2:3], spy[1:2, 3], spy["a":"b"])
L2 = list(range(6))
L2[slice(0, 6, 2)] = ["x"] * 3
print(L2)
del L2[slice(1, None, 2)]
print(L2)
print(slice(None, 3).indices(2), slice(1, None, -1).indices(5))
