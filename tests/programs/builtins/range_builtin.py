# range(): arguments, indexing, slicing, membership, equality, errors
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], r.start, r.stop, r.step)
print(7 in r, 8 in r, 3.0 in r, "x" in r, r.index(11), r.count(11), r.count(12))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 3) == range(0, 11, 3), range(2) == [0, 1])
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
print(list(reversed(range(1, 10, 2))), sum(range(101)), max(range(-5, 5)))
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], len(range(0, 10 ** 20, 10 ** 18)))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__ + ":", e)
for args in [(1, 2, 0), (1.5,), ("3",), ()]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__ + ":", e)
class I:
    def __index__(self):
        return 4
print(list(range(I())), range(True, 5)[0])
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), str(range(-3, 3, -1)))
it = iter(range(3))
print(next(it), list(it), type(it).__name__)
print(range(5)[1:100], range(5)[-100:2], list(range(5)[10:]), range(10)[::-1][1])
print(list(range(-10, -20, -3)), list(range(5, -5, -5)))
