# range and slice.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = range(2, 20, 3)
print(r, range(5), range(1, 5), range(5, 1, -1), range(0), range(-5, 5, 2), list(r))
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r[10:], r[-100:100], list(r[::-1]))
print(len(r), len(range(10, 0)), len(range(10, 0, -3)), bool(range(0)), bool(range(1)))
print(r.start, r.stop, r.step, r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, 8.0 in r, True in range(2))
show(lambda: r.index(9))
show(lambda: r.index("a"))
show(lambda: r[100])
show(lambda: r["a"])
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1, 2, 0))
show(lambda: range(1.5))
show(lambda: range(x=1))
show(lambda: len(range(10**20)))
big = range(10**20)
print(big, big[-1], big[10**19], 10**19 in big, big.index(10**19), big[::10**18], len(big[::10**18]), bool(big))
print(range(-10**20, 10**20, 10**19)[5], list(range(2**63 - 3, 2**63 + 2)), list(reversed(range(2**63 - 3, 2**63 + 2))))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(-5, 5, 4))))
print(range(0, 5) == range(0, 5, 1), range(0) == range(5, 1), range(1, 2) == range(1, 5, 10), range(1, 5) == range(1, 6), range(5) != range(5))
show(lambda: range(1) < range(2))
print(hash(range(0)) == hash(range(5, 1)), hash(range(1, 2)) == hash(range(1, 5, 10)), hash(range(10)), hash(range(0)), hash(range(3, 4)))
print(range(True, 5), range(3)[True], list(range(10, 20)[2:8:3]))
it = iter(range(5))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter(range(3))).__name__, type(iter(range(10**20))).__name__, type(reversed(range(3))).__name__)
print(list(range(10**20, 10**20 + 3)), range(3).__reduce__())

s = slice(1, 10, 2)
print(s, slice(5), slice(1, 2), slice(None), s.start, s.stop, s.step, slice(1, [2], "a"))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-100, 100, 2).indices(10), slice(10**30).indices(7), slice(-3, None).indices(2))
show(lambda: slice(1, 2, 0).indices(5))
show(lambda: slice(1).indices(-1))
show(lambda: slice(1).indices(1.5))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(x=1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2) == (1, 2, None))
print(hash(slice(1, 2, 3)), hash(slice(None)), hash(slice(1, 2)) == hash(slice(1, 2, None)), {slice(1): 1}[slice(1)])
show(lambda: hash(slice([1])))
print(slice(5).__reduce__())
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)], "abcdef"[slice(None, None, -2)] if False else (0, 1, 2, 3)[slice(-2, None)])

class Idx:
    def __index__(self):
        return 2

print([10, 20, 30][Idx()], (10, 20, 30)[Idx():], range(10)[Idx()], range(Idx()), slice(Idx()).indices(5))
