# AttributeError messages and attributes (name, obj)
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except AttributeError as e:
        print(f"{label} ! {type(e).__name__}: {e} | name={e.name!r}")
    except TypeError as e:
        print(f"{label} ! {type(e).__name__}: {e}")
show("None.foo", lambda: None.foo)
show("(1).foo", lambda: (1).foo)
show("'s'.foo", lambda: "s".foo)
show("[].push", lambda: [].push)
show("{}.has_key", lambda: {}.has_key)
show("int.foo", lambda: int.foo)
show("object().x", lambda: object().x)
import math
show("math.tau2", lambda: math.tau2)
class K:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
show("K().missing", lambda: K().missing)
show("K.missing", lambda: K.missing)
show("K().cls_attr", lambda: K().cls_attr)
class Slotted:
    __slots__ = ("a",)
show("Slotted().a", lambda: Slotted().a)
show("Slotted().b = 1", lambda: setattr(Slotted(), "b", 1))
show("(1).real = 2", lambda: setattr(1, "real", 2))
show("'s'.upper = 1", lambda: setattr("s", "upper", 1))
show("list.append = 1", lambda: setattr(list, "append", 1))
show("del K().inst2", lambda: delattr(K(), "inst2"))
show("(lambda: 0).nope", lambda: (lambda: 0).nope)
show("(1, 2).append", lambda: (1, 2).append)
show("type.nope", lambda: type.nope)
try:
    None.attr
except AttributeError as e:
    print("obj is None:", e.obj is None)
o = K()
try:
    o.nothing
except AttributeError as e:
    print("obj is o:", e.obj is o, "name:", e.name)
e = AttributeError("manual")
print(e.name, e.obj, e.args)
e2 = AttributeError("m", name="n", obj=5)
print(e2.name, e2.obj)
print(getattr(None, "foo", "default"), hasattr(None, "__class__"))
class Prop:
    @property
    def p(self):
        return self.nonexistent
show("Prop().p", lambda: Prop().p)
