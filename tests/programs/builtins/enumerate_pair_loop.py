# `for i, x in enumerate(...)` takes the eval loop's pair path (PyIterBase.NextPair: no (i, x) tuple);
# everything observable must be what unpacking the tuple gives.
import sys
for i, x in enumerate("abc"):
    print(i, x)
for i, x in enumerate(["p", "q"], start=10):
    print(i, x)
for i, x in enumerate([1, 2], 2**63 - 1):
    print(i, x)
for i, x in enumerate("xy", -(2**70)):
    print(i, x)
e = enumerate("abcd")
print(next(e))
for i, x in e:
    print("rest", i, x)
print(list(e), next(e, "done"))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print("nested unpack", i, a, b)
for i, x in enumerate(enumerate("ab")):
    print("enumerate of enumerate", i, x)
def gen():
    yield "g1"
    raise ValueError("from the generator")
try:
    for i, x in enumerate(gen()):
        print("gen", i, x)
except ValueError as err:
    print("ValueError:", err)
try:
    for i, x, y in enumerate("ab"):
        pass
except ValueError as err:
    print("ValueError:", err)
try:
    for i, x in enumerate(5):
        pass
except TypeError as err:
    print("TypeError:", err)
obj = object()
items = [obj]
before = sys.getrefcount(obj)
for i, x in enumerate(items):
    # CPython's enumerate keeps its last (i, x) tuple for reuse: one more reference there.
    print("refcount inside at least", min(sys.getrefcount(obj) - before, 1))
print("refcount after", sys.getrefcount(obj) - before)
del x
print("refcount after del", sys.getrefcount(obj) - before)
print([i * x for i, x in enumerate([5, 6, 7])])
print({x: i for i, x in enumerate("hello")})
total = 0
for i, x in enumerate(range(100000)):
    total += i - x
print(total)
