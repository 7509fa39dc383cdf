# Subclassing dict: __missing__, overriding __getitem__/__setitem__, and bypasses
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return f"default-{key}"
d = Defaulting(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))
class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for ch in "hello":
    c[ch] += 1
print(c, type(c).__name__)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
l = Lower()
l["KEY"] = 1
print(l["key"], l["Key"], dict(l))
l2 = Lower({"MiXeD": 1})
print(l2)
l2.update({"UPD": 2})
print(l2)
print(l2.get("upd"), l2.get("UPD"))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad)
try:
    ad.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Ordered(dict):
    def __repr__(self):
        return "Ordered(" + ", ".join(f"{k}={v}" for k, v in self.items()) + ")"
o = Ordered(b=2, a=1)
print(o, o | {"c": 3}, type(o | {"c": 3}).__name__)
try:
    Defaulting()["x"] if False else dict()["x"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
class NotMissing(dict):
    __missing__ = None
try:
    NotMissing()["q"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(isinstance(d, dict), issubclass(AttrDict, dict), Defaulting.fromkeys("ab", 0), type(Defaulting.fromkeys("a")).__name__)
