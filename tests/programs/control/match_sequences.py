# Sequence patterns: lists, tuples, stars, nesting, and which subjects count as sequences.
import collections
import collections.abc


def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"pair: {a!r}, {b!r}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long: {first!r} ... {last!r} ({len(middle)} between)"
        case [1, *rest]:
            return f"starts with 1, rest {rest!r}"
        case [*_, "end"]:
            return "ends with 'end'"
        case [[x, y], [z, *_]]:
            return f"nested {x} {y} {z}"
        case _:
            return "other"


for v in [[], (), [5], (5,), [1, 2], (3, 4), [0, 1, 2, 3, 4], [1, 7, 8], ("a", "b", "end"),
          [[1, 2], [3, 4, 5]], [9, 9, 9], range(2), range(1, 4), "ab", b"ab", bytearray(b"ab"),
          {1: 2, 3: 4}, {1, 2}, collections.deque([1, 2]), memoryview(b"xy"), 12]:
    print(type(v).__name__, repr(v) if not isinstance(v, memoryview) else "mv", "->", shape(v))


class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


class NotSeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


print(shape(Seq(10, 20)))
print(shape(Seq(1, 2, 3, 4, 5, 6)))
print(shape(NotSeq()))

# the star wildcard: only the items needed are read
match Seq("a", "b", "c", "end"):
    case [*_, "end"]:
        print("indexed from the end")

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a + b + c + d)

match (1, 2, 3):
    case a, *b:
        print("open sequence", a, b)
match 1, 2:
    case (x, y):
        print("tuple subject", x, y)
