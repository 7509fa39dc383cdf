# Comprehension result types and iteration over many iterable types
print(type([x for x in ()]).__name__, type({x for x in ()}).__name__, type({x: 1 for x in ()}).__name__, type(x for x in ()).__name__)
print([c for c in "héllo"])
print([b for b in b"AZ"], [b for b in bytearray(b"\x00\xff")])
print([x for x in range(10, 0, -3)])
print([x for x in (1, 2)], [x for x in frozenset([3])])
print([k for k in {"one": 1, "two": 2}], [v for v in {"one": 1}.values()])
print([item for item in {"a": 1}.items()])
print([x for x in enumerate("ab")], [x for x in zip("ab", "cd")])
print([x for x in reversed([1, 2, 3])], [x for x in sorted("cba")])
print([x for x in map(abs, [-1, -2])], [x for x in filter(None, [0, 1, 2])])
print([x for x in iter(lambda: 7, 7)])
class It:
    def __iter__(self):
        return iter([10, 20])
print([x * 2 for x in It()])
class Old:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print([x for x in Old()])
print([line for line in "a\nb\n".splitlines()])
print([x.real for x in [1 + 2j, 3j]])
print({x for x in [1, 1.0, True]}, {x: type(x).__name__ for x in [1, 1.0, True]})
print([t for t in ((1, 2), [3, 4])])
print(tuple(x for x in range(3)), frozenset(x for x in "aa") == frozenset("a"))
print(dict((x, x) for x in range(2)), list(x for x in range(2)))
print(bytes(x for x in range(65, 68)), "".join(x for x in "abc"))
