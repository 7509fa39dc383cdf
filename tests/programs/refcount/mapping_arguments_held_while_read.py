# A native that reads a mapping through keys() and __getitem__ (dict.update, dict(m), {**m}, f(**m))
# holds the mapping while Python code runs, and stores each value before it asks for the next: a
# fresh mapping argument, or a __getitem__ that replaces the value it returned before, frees
# nothing early (__del__ runs when CPython's does).
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del V", self.n)
    def __repr__(self): return "V%d" % self.n

class M:
    def __init__(self, tag): self.tag = tag; self.cur = None
    def __del__(self): print("  del M", self.tag)
    def keys(self):
        print("  keys", self.tag)
        return ["a", "b", "c"]
    def __getitem__(self, k):
        self.cur = V(ord(k) - 96)  # drops the value returned before
        return self.cur

def f(**kw):
    print("  f got", kw)

print("f(**M())")
f(**M("call"))
print("d.update(M())")
d = {}
d.update(M("update"))
print("  ", d)
del d
print("dict(M())")
d = dict(M("dict"))
print("  ", d)
del d
print("{**M()}")
d = {**M("display")}
print("  ", d)
del d
print("d.update(M(), x=1)")
d = {"z": 0}
d.update(M("update kw"), x=1)
print("  ", sorted(d))
del d

class N(M):
    def keys(self): return ["a", "a2"]
    def __getitem__(self, k):
        if k == "a2": raise ValueError(k)
        return M.__getitem__(self, k)

print("a failing __getitem__")
try:
    f(**N("failing"))
except ValueError as e:
    print("  ValueError", e)
print("duplicate keyword")
try:
    f(a=1, **M("dup"))
except TypeError as e:
    print("  TypeError", e)
print("end")
