# == and != between exact builtin objects of different kinds (a number and a tuple, a str and a
# list, ...) are answered without calling their __eq__ (Ops.CompareFast.cs): the answers must be
# CPython's, also where they are not of different kinds (numbers with numbers), where a subclass
# defines __eq__, and for the orderings, which still raise.
values = [0, 1, True, False, 2.0, 1.0, 1j, 0j, "", "a", (), (1,), (3, 4), [], [1], {}, {1: 2},
          None, b"", frozenset(), set(), range(0)]
for a in values:
    row = []
    for b in values:
        row.append("%d%d" % (a == b, a != b))
    print(repr(a).ljust(12), " ".join(row))


def loop(n):
    acc = 0
    for i in range(n):
        if i == (3, 4):
            acc += 5
        elif "x" != [i]:
            acc += 1
    return acc


print(loop(1000))


class T(tuple):
    def __eq__(self, other):
        return "T.__eq__"

    def __ne__(self, other):
        return "T.__ne__"


class I(int):
    def __eq__(self, other):
        return "I.__eq__"


print(1 == T((1,)), T((1,)) == 1, 1 != T((1,)), "s" == T(), I(1) == (1,), (1,) == I(1), (1,) != I(1))
for a, b in [(1, (1,)), ("a", ["a"]), ((), {}), (2.5, "2.5")]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print([1, "a", (3, 4), 2.0].index((3, 4)), (3, 4) in [1, "x", 2.0], {1: 0, "a": 1, (1,): 2}.get((1,)))
