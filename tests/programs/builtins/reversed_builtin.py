# reversed(): sequences, __reversed__, ranges, dicts, errors
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed([])))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), "".join(reversed("hello")))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed({"a": 1, "b": 2}.values())))
r = reversed([1, 2])
print(type(r).__name__, iter(r) is r, next(r), next(r), next(r, "end"))
print(type(reversed(range(3))).__name__, type(reversed("s")).__name__, type(reversed({})).__name__)
L = [1, 2, 3]
rl = reversed(L)
L.append(4)
print(list(rl))
L2 = [1, 2, 3]
rl2 = reversed(L2)
next(rl2)
L2.clear()
print(list(rl2))
for bad in ({1, 2}, iter([1]), 5, (x for x in [])):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class Custom:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(Custom())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
print(list(reversed(b"xyz")), list(reversed(bytearray(b"12"))))
print(reversed([1, 2]).__length_hint__(), list(reversed(list(reversed([1, 2, 3])))))
try:
    reversed()
except TypeError as e:
    print(type(e).__name__ + ":", e)
