# weakref: ref, callbacks, WeakValueDictionary, WeakKeyDictionary, finalize
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o)
print(r() is o, r(), weakref.getweakrefcount(o))
del o
print(r(), r() is None)
def callback(ref):
    print("  callback fired, ref dead:", ref() is None)
o2 = Obj("b")
r2 = weakref.ref(o2, callback)
print("deleting o2")
del o2
print("after del o2")
wvd = weakref.WeakValueDictionary()
x, y = Obj("x"), Obj("y")
wvd["x"] = x
wvd["y"] = y
print(sorted(wvd.keys()), len(wvd))
del x
print(sorted(wvd.keys()), len(wvd), "x" in wvd, wvd.get("x"))
wkd = weakref.WeakKeyDictionary()
k = Obj("key")
wkd[k] = "value"
print(len(wkd), wkd[k])
del k
print(len(wkd))
o3 = Obj("fin")
fin = weakref.finalize(o3, print, "  finalizer ran for", "fin")
print(fin.alive)
del o3
print(fin.alive)
p = Obj("proxied")
proxy = weakref.proxy(p)
print(proxy.name, repr(proxy.name))
del p
try:
    proxy.name
except ReferenceError as e:
    print(type(e).__name__ + ":", e)
try:
    weakref.ref(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    weakref.ref([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
o4 = Obj("same")
print(weakref.ref(o4) is weakref.ref(o4), weakref.ref(o4) == weakref.ref(o4))
ws = weakref.WeakSet()
a1, a2 = Obj(1), Obj(2)
ws.add(a1); ws.add(a2)
del a1
print(len(ws), [o.name for o in ws])
