# Metaclasses via metaclass=: __new__, __init__, __call__, __prepare__, inheritance
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"Registry.__new__ {name} kwargs={kwargs}")
        cls = super().__new__(mcls, name, bases, ns)
        Registry.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print(f"Registry.__init__ {name}")
        super().__init__(name, bases, ns)
class Plugin(metaclass=Registry):
    pass
class AudioPlugin(Plugin, tag="audio"):
    pass
print(Registry.classes, type(AudioPlugin).__name__)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Ordered(metaclass=OrderedMeta):
    z = 1
    a = 2
    def m(self): pass
print(Ordered.order, Ordered.injected)
class SingletonMeta(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self):
        print("Config init (once)")
print(Config() is Config())
class AttrMeta(type):
    def __getattr__(cls, name):
        return f"class-level fallback {name}"
    def __len__(cls):
        return 99
    def __repr__(cls):
        return f"<class {cls.__name__} via meta>"
class Fancy(metaclass=AttrMeta):
    pass
print(Fancy.anything, len(Fancy), repr(Fancy))
try:
    Fancy().anything
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)
