# types: new_class/prepare_class/resolve_bases, SimpleNamespace details, DynamicClassAttribute
import copy
import types


def attempt(make):
    try:
        result = make()
        print("ok:", result)
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        return {"prepared_by": mcls.__name__, "kw": sorted(kwds)}
    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta):
    pass
Made = types.new_class("Made", (Base,), {"flag": 1}, lambda ns: ns.update(extra=2))
print(type(Made).__name__, Made.prepared_by, Made.kw, Made.extra, Made.__bases__)
print(types.prepare_class("X", (int,), {"metaclass": type}), types.prepare_class("Y"))
meta, ns, kw = types.prepare_class("Z", (Base,), {"flag": 1})
print(meta.__name__, ns, kw)

class Other(type):
    pass
class A(metaclass=Other):
    pass
attempt(lambda: types.new_class("C", (A, Base)))
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
class Bad:
    def __mro_entries__(self, bases):
        return dict
print(types.resolve_bases((int, Entry(), list)), types.resolve_bases((int,)))
attempt(lambda: types.resolve_bases((Bad(),)))
Gen = types.new_class("Gen", (Entry(), Base))
print(Gen.__bases__, [type(b).__name__ for b in types.get_original_bases(Gen)], types.get_original_bases(int))
attempt(lambda: types.get_original_bases(1))

ns = types.SimpleNamespace([("a", 1)], b=2)
ns.me = ns
print(ns, types.SimpleNamespace({"a": 1}, a=2), ns.__reduce__()[:2])
attempt(lambda: types.SimpleNamespace({1: 2}))
attempt(lambda: types.SimpleNamespace(1))
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1), copy.replace(types.SimpleNamespace(a=1, b=2), b=3))
print(copy.copy(Sub(y=2)), types.SimpleNamespace(a=1) != types.SimpleNamespace(a=1), types.SimpleNamespace.__module__)

class D:
    @types.DynamicClassAttribute
    def x(self):
        "doc of x"
        return 1
    @x.setter
    def x(self, value):
        print("setting", value)
print(D().x, D.__dict__["x"].__doc__, D.__dict__["x"].overwrite_doc)
d = D()
d.x = 5
attempt(lambda: D.x)
def remove():
    del d.x
attempt(remove)
print(types.coroutine(lambda: None).__name__, types.CellType.__name__, types.FrameType.__name__)
attempt(lambda: types.coroutine(1))
print(sorted(n for n in types.__all__ if n != "CapsuleType")[:6], types.LambdaType is types.FunctionType)
