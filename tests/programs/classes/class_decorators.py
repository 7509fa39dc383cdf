# Class decorators, __class_getitem__, class-level __call__ patterns
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
REG = []
@register(REG)
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"), REG)
def singleton(cls):
    instances = {}
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Conf:
    def __init__(self):
        print("Conf created")
print(Conf() is Conf(), type(Conf).__name__)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[int, str] if False else "skip")
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__ is list, list[int].__args__)
print(list[int]([1, 2]), isinstance([1], list))
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__ + ":", e)
def with_counter(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@with_counter
class Widget:
    def __init__(self, name):
        self.name = name
Widget("a"); Widget("b")
print(Widget.instances)
def frozen(cls):
    def __setattr__(self, k, v):
        if hasattr(self, "_done"):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, k, v)
    cls.__setattr__ = __setattr__
    return cls
@frozen
class FP:
    def __init__(self):
        self.v = 1
        self._done = True
f = FP()
try:
    f.v = 2
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    int[5]
except TypeError as e:
    print(type(e).__name__ + ":", e)
