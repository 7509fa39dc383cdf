# __getattribute__ intercepts every attribute access
class Logged:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        return super().__getattribute__(name)
    def method(self):
        return self.x * 2
o = Logged()
print(o.x)
print(o.cls_attr)
print(o.method())
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class WithFallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
w = WithFallback()
w.secret_data = 1
print(w.secret, w.secret_data, w.other)
class Upper:
    def __init__(self):
        object.__setattr__(self, "name", "lower")
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
u = Upper()
print(u.name, u.__dict__)
class Counting:
    def __init__(self):
        object.__setattr__(self, "reads", 0)
    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)
c = Counting()
c.a = 1
c.a; c.a; c.__class__
print(c.reads)
print(len([1, 2]), type(o).__name__)
class Blocker:
    def __getattribute__(self, name):
        raise AttributeError(f"blocked {name}")
b = Blocker()
print(type(b).__name__, hasattr(b, "anything"))
try:
    b.__dict__
except AttributeError as e:
    print(type(e).__name__ + ":", e)
