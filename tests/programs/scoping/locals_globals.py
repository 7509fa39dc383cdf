# locals()/globals()/vars() snapshots and class namespaces
def f(a, b=2):
    c = a + b
    snap = locals()
    return sorted(snap.items())
print(f(1))
def snapshot_semantics():
    x = 1
    snap = locals()
    x = 2
    snap2 = locals()
    return snap["x"], snap2["x"]
print(snapshot_semantics())
def modify_locals():
    y = 1
    locals()["y"] = 100
    return y
print(modify_locals())
print(globals() is vars())
print(type(globals()).__name__, globals()["__name__"])
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    b = 2
print(K.names)
class L:
    p = 1
    q = 2
    snapshot = sorted(k for k in locals().keys() if not k.startswith("_"))
print(L.snapshot)
def closure_locals():
    outer_v = "o"
    def inner():
        return sorted(locals())
    def inner_uses():
        outer_v
        return sorted(locals())
    return inner(), inner_uses()
print(closure_locals())
gv = 1
globals()["gv"] = 2
print(gv)
class Obj:
    def __init__(self):
        self.x = 1
        self.y = 2
print(vars(Obj()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
