# Class attributes vs instance attributes, shadowing, mutation of shared state
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
    def add(self, item):
        self.shared.append(item)
    def incr(self):
        self.count += 1
a, b = C("a"), C("b")
a.add(1)
b.add(2)
print(C.shared, a.shared is b.shared)
a.incr(); a.incr()
print(a.count, b.count, C.count)
print(sorted(a.__dict__), sorted(b.__dict__))
C.count = 100
print(a.count, b.count)
del a.count
print(a.count)
a.shared = ["own"]
print(a.shared, b.shared, C.shared)
C.new_attr = "added later"
print(a.new_attr, b.new_attr)
print(hasattr(C, "name"), hasattr(a, "name"))
print(getattr(C, "count"), getattr(a, "name"))
print("shared" in vars(C), "name" in vars(a))
a.__dict__["direct"] = 5
print(a.direct)
class Defaults:
    color = "red"
    def paint(self, color=None):
        if color:
            self.color = color
        return self.color
d1, d2 = Defaults(), Defaults()
print(d1.paint(), d1.paint("blue"), d2.paint(), Defaults.color)
class Config:
    settings = {"debug": False}
class Dev(Config):
    pass
Dev.settings["debug"] = True
print(Config.settings)
Dev.settings = {"debug": "own"}
print(Config.settings, Dev.settings)
print(type(C.__dict__).__name__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(C.__name__, C.__module__, C.__qualname__, a.__module__)
