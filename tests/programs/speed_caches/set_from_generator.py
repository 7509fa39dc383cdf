# set(genexpr) / frozenset(genexpr) take exact int and str values inside the generator's run
# (SetAddingSink, Runtime/Interpreter/YieldSinks.cs): same elements, iteration order, hash/eq calls,
# side effects and errors as one next() per value.
print(set(x * 7 % 23 for x in range(40)))
print(sorted(frozenset(str(x % 5) for x in range(12))))  # str hashes differ from CPython's: order by sorting
print(sorted(set(w for w in "the quick brown fox jumps over the lazy dog".split())))
print(set(x for x in range(0)), frozenset(x for x in ()))
big = set(x for x in range(1000))
print(len(big), sum(big), list(big)[:5], list(big)[-5:])
print(set(2**70 + x % 3 for x in range(9)), set(x % 4 - 2 for x in range(10)))

class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, other)
        return isinstance(other, K) and self.v == other.v or other == self.v
    def __repr__(self): return "K(%r)" % self.v

# a key with a Python __eq__ arrives first, then plain keys that collide with it: __eq__ runs as CPython runs it
def gen():
    yield 1
    yield K(2)
    yield 2
    yield 3
    yield K(3)
    yield 4
print(set(gen()))
def gen_str():
    yield "a"
    yield K("b")
    yield "b"
print(sorted(set(gen_str()), key=repr))

# the generator reads the state its consumer leaves between values
log = []
def noisy():
    for i in range(5):
        log.append(i)
        yield i % 3
s = set(noisy())
print(s, log)

# bools, floats and ints that are equal: the first one inserted stays
print(set(v for v in (1, True, 1.0, 0, False, 0.0, 2.0, 2)), frozenset(v for v in (False, 0, 1.0, 1)))

# an exception in the middle: the partly built set is released, the error propagates
class D:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __del__(self): print("del", self.n)
def failing():
    yield 1
    yield D(5)
    yield "x"
    raise ValueError("stop")
for build in (set, frozenset):
    try:
        build(failing())
    except ValueError as e:
        print(build.__name__, "ValueError", e)
try:
    frozenset(x for x in [1, 2, [3]])
except TypeError as e:
    print("TypeError", e)

# subclasses and set.update / set.__init__ of a generator (the general path)
class FS(frozenset): pass
class S(set): pass
print(FS(x % 3 for x in range(7)), S(x % 3 for x in range(7)), type(FS(x for x in "ab")).__name__)
u = {100}
u.update(x for x in range(3))
u.__init__(str(x) for x in range(3))
print(sorted(u))

# a generator with yield from and a try/except inside
def inner():
    yield "i1"
    yield "i2"
    return 7
def outer():
    r = yield from inner()
    try:
        yield r
        raise KeyError("k")
    except KeyError:
        yield "caught"
    yield from [10, 11]
print(sorted(set(outer()), key=str))
