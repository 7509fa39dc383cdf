# __setattr__ and __delattr__ hooks
class Validated:
    def __setattr__(self, name, value):
        print("  set", name, repr(value))
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("  del", name)
        if name == "permanent":
            raise AttributeError("cannot delete permanent")
        super().__delattr__(name)
v = Validated()
v.age = 5
v.name = "x"
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(v.age, sorted(v.__dict__))
del v.name
v.permanent = True
try:
    del v.permanent
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    del v.nothing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
    __delattr__ = __setattr__
f = Frozen(3)
print(f.x)
for action in (lambda: setattr(f, "x", 4), lambda: delattr(f, "x")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Recorder:
    def __init__(self):
        self.__dict__["log"] = []
    def __setattr__(self, name, value):
        self.log.append(name)
        self.__dict__[name] = value
r = Recorder()
r.a = 1
r.b = 2
r.a += 5
print(r.log, r.a)
setattr(r, "dynamic name", 7)
print(getattr(r, "dynamic name"), r.log[-1])
try:
    setattr(r, 5, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__ + ":", e)
