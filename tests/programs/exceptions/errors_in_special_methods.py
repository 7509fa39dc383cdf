# Exceptions raised from dunder methods propagate through builtin operations
class BadEq:
    def __eq__(self, other):
        raise ValueError("eq failed")
    __hash__ = object.__hash__
try:
    [1, 2, BadEq()].index(3)
except ValueError as e:
    print("list.index:", e)
try:
    BadEq() in [1]
except ValueError as e:
    print("in list:", e)
class BadHash:
    def __hash__(self):
        raise RuntimeError("hash failed")
for label, op in [("dict set", lambda: {}.__setitem__(BadHash(), 1)), ("set add", lambda: {BadHash()}),
                  ("in dict", lambda: BadHash() in {}), ("hash()", lambda: hash(BadHash()))]:
    try:
        op()
    except RuntimeError as e:
        print(label + ":", e)
class BadIter:
    def __iter__(self):
        raise OSError("iter failed")
for label, op in [("list()", lambda: list(BadIter())), ("for", lambda: [x for x in BadIter()]),
                  ("unpack", lambda: exec("a, b = it", {"it": BadIter()})), ("sum", lambda: sum(BadIter()))]:
    try:
        op()
    except OSError as e:
        print(label + ":", e)
class BadNext:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise KeyError("next failed at 3")
        return self.i
try:
    list(BadNext())
except KeyError as e:
    print("partial list lost:", e)
class BadLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise TypeError("cannot compare 2")
        return self.v < other.v
items = [BadLt(3), BadLt(1), BadLt(2)]
try:
    items.sort()
except TypeError as e:
    print("sort:", e)
class BadLen:
    def __len__(self):
        raise IndexError("len failed")
try:
    bool(BadLen())
except IndexError as e:
    print("bool via len:", e)
class BadStr:
    def __str__(self):
        raise AttributeError("str failed")
try:
    print(BadStr())
except AttributeError as e:
    print("print:", e)
try:
    f"{BadStr()}"
except AttributeError as e:
    print("f-string:", e)
