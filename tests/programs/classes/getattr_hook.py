# __getattr__ is called only for missing attributes
class Dynamic:
    existing = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.existing, d.inst)
print(d.dyn_hello)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(getattr(d, "dyn_x"), getattr(d, "nope", "default"), hasattr(d, "nope"), hasattr(d, "dyn_y"))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__len__())
try:
    len(p)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class PropertyRaises:
    @property
    def prop(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(PropertyRaises().prop)
class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        print("  computed", name)
        return value
lz = Lazy()
print(lz.abc, lz.abc, lz.__dict__)
class NoHook:
    pass
try:
    NoHook().missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    NoHook.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Recursing:
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        return self.data[name]
try:
    Recursing().thing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
