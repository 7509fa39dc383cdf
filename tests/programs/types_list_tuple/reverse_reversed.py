# list.reverse() in place vs reversed() iterator vs [::-1] copy
L = [1, 2, 3, 4]
r = L.reverse()
print(r, L)
it = reversed(L)
print(type(it).__name__, list(it), list(it), L)
cp = L[::-1]
print(cp, cp is L, L)
empty = []
empty.reverse()
print(empty, list(reversed(empty)), empty[::-1])
one = ["x"]
one.reverse()
print(one)
t = (1, 2, 3)
print(tuple(reversed(t)), t[::-1], list(reversed(range(5))), "".join(reversed("abc")))
try:
    t.reverse()
except AttributeError as e:
    print(type(e).__name__ + ":", e)
L = list(range(10))
L[2:6] = reversed(L[2:6])
print(L)
L[:] = L[::-1]
print(L)
words = "one two three four".split()
print(" ".join(reversed(words)), " ".join(w[::-1] for w in words), words[::-2])
nested = [[1, 2], [3, 4]]
nested.reverse()
print(nested, [list(reversed(x)) for x in nested])
rit = reversed([1, 2, 3])
print(next(rit), rit.__length_hint__(), list(rit))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
try:
    reversed(iter([1, 2]))
except TypeError as e:
    print(type(e).__name__ + ":", e)
