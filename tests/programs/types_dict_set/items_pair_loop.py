# `for k, v in d.items()` takes the eval loop's pair path (PyIterBase.NextPair: no 2-tuple per item);
# everything observable must be what unpacking the tuple gives.
import sys
d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
for k, v in reversed(d.items()):
    print("rev", k, v)
it = iter(d.items())
print(next(it))
for k, v in it:
    print("rest", k, v)
for (k, v) in d.items():
    if k == "b":
        continue
    print("paren", k, v)
class D(dict):
    def items(self):
        return [("x", 9)]
for k, v in D(a=1).items():
    print("subclass", k, v)
for k, v in dict(a=1).items():
    for k2, v2 in {"n": 5}.items():
        print("nested", k, v, k2, v2)
try:
    for k, v in d.items():
        d["new" + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k, v, w in {"ab": 1}.items():
        pass
except ValueError as e:
    print("ValueError:", e)
for a, b in {"xy": 1}:
    print("keys unpacked", a, b)
for a, b in {1: "p", 2: "q"}.values() if False else [(1, 2)]:
    print("list of pairs", a, b)
obj = object()
e = {"k": obj}
before = sys.getrefcount(obj)
for k, v in e.items():
    # CPython's dict iterator keeps its last (k, v) tuple for reuse, which holds one more reference
    # here; neither our tuple path nor the pair path has that cache.
    print("refcount inside at least", min(sys.getrefcount(obj) - before, 1))
print("refcount after", sys.getrefcount(obj) - before)
del v
print("refcount after del", sys.getrefcount(obj) - before)
def gen():
    for k, v in d.items():
        yield k + "=" + str(v)
print(list(gen())[:3])
print([k + str(v) for k, v in {"p": 1, "q": 2}.items()])
print({v: k for k, v in {"p": 1, "q": 2}.items()})
