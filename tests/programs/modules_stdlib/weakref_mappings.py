# weakref: proxies, WeakMethod, the weak mappings and finalize (including at exit)
import copy
import gc
import weakref


def attempt(make):
    try:
        result = make()
        print("ok:", result)
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __add__(self, other):
        return self.v + other
    def __radd__(self, other):
        return other + self.v
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return self.v * i
    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v
    __hash__ = object.__hash__


b = Box(5)
p = weakref.proxy(b)
print(p.v, p.get(), p + 1, 1 + p, len(p), p[3], p == Box(5), bool(p), isinstance(p, Box))
print(type(p) in weakref.ProxyTypes, type(weakref.proxy(len)).__name__, weakref.getweakrefcount(b) >= 1)
attempt(lambda: hash(p))
attempt(lambda: weakref.proxy(1))
notes = []
p2 = weakref.proxy(b, lambda gone: notes.append("proxy callback"))
method = weakref.WeakMethod(b.get, lambda gone: notes.append("method callback"))
print(method()(), method == weakref.WeakMethod(b.get), method != weakref.WeakMethod(b.get))
attempt(lambda: weakref.WeakMethod(len))
attempt(lambda: weakref.WeakMethod(Box.get))

values = weakref.WeakValueDictionary({"a": b}, c=Box(7))
keys = weakref.WeakKeyDictionary({b: "bee"})
print(len(values), values["a"] is b, list(values.keys()), "a" in values, values.get("z", 0))
print(len(keys), keys[b], list(keys.values()), b in keys, 1 in keys, len(keys.keyrefs()))
merged = values | {"d": b}
merged |= {"e": b}
print(type(merged).__name__, sorted(merged), type({"x": b} | values).__name__, sorted(copy.copy(values)))
print(values.setdefault("a", None) is b, values.pop("zz", "default"), keys.pop(Box(1), "none"))
attempt(lambda: values.pop("zz"))
attempt(lambda: weakref.WeakValueDictionary().popitem())
attempt(lambda: weakref.WeakKeyDictionary()[1])
attempt(lambda: weakref.WeakValueDictionary(1))

fin = weakref.finalize(b, print, "finalized", "b")
print(fin.alive, fin.atexit, fin.peek()[1:], repr(fin).endswith("; for 'Box' at " + hex(id(b)) + ">"))
del b, p, p2, merged
gc.collect()
print(sorted(notes), fin.alive, fin.peek(), fin.detach(), len(values), len(keys), method())
attempt(lambda: p.v if False else weakref.proxy(Box(1)).v)

class Holder:
    pass
h1, h2, h3 = Holder(), Holder(), Holder()
weakref.finalize(h1, print, "at exit 1")
weakref.finalize(h2, print, "at exit 2")
silent = weakref.finalize(h3, print, "never printed")
silent.atexit = False
called = weakref.finalize(Holder(), print, "immediately")
print(called.alive)
early = weakref.finalize(h1, lambda *a, **k: (a, k), 1, x=2)
print(early(), early(), early.alive)
kept = [h1, h2, h3]
print("end of program")
