# weakref callbacks fire as soon as the referent is freed
import weakref
class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"R({self.name})"
def make_cb(label):
    def cb(ref):
        print(f"  callback {label}: referent gone = {ref() is None}")
    return cb
a = R("a")
wa = weakref.ref(a, make_cb("a"))
print("del a ->")
del a
print("after del a, wa() =", wa())
b = R("b")
wb1 = weakref.ref(b, make_cb("b1"))
wb2 = weakref.ref(b, make_cb("b2"))
print("rebinding b ->")
b = R("b-new")
print("after rebinding")
def scope():
    local = R("local")
    weakref.ref(local, make_cb("local, ref itself discarded"))
    keep = weakref.ref(local, make_cb("local"))
    print("  leaving scope")
    return keep
k = scope()
print("after scope, k() =", k())
items = [R(f"item{i}") for i in range(3)]
refs = [weakref.ref(o, make_cb(o.name)) for o in items]
print("del items[1] ->")
del items[1]
print("items.clear() ->")
items.clear()
c = R("c")
wc = weakref.ref(c, make_cb("c (callback ref deleted first)"))
del wc
print("del c ->")
del c
print("no callback because the weakref was gone")
d = R("d")
fin = weakref.finalize(d, print, "  finalize d")
e = R("e")
we = weakref.ref(e, make_cb("e"))
print("del d, e ->")
del d, e
print("end", fin.alive)
