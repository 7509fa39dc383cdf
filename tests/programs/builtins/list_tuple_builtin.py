# list() and tuple() constructors
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({3}))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(2)), tuple({"k": 1}.items()))
print(list(x * 2 for x in range(3)), tuple(map(str, [1, 2])), list(b"AB"), list(bytearray(b"\x01")))
src = [1, 2]
cp = list(src)
cp.append(3)
print(src, cp, cp is src)
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])
for bad in (5, None, 1.5):
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return chr(97 + i)
print(list(OnlyGetitem()), tuple(OnlyGetitem()))
print(list(reversed((1, 2, 3))), tuple(sorted("cab")), list(enumerate("x")))
print(type(list()).__name__, type(tuple()).__name__, list.__name__, tuple.__mro__[1].__name__)
nested = list([[0]] * 2)
nested[0].append(1)
print(nested)
print(tuple(list(tuple([1, 2]))), list(zip(*[(1, 2), (3, 4)])))
print(list(range(5))[::2], tuple(range(5))[1:3], tuple() is tuple(), list() is list())
