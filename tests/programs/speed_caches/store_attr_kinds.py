# STORE_ATTR's site entry kinds (own storage, __slots__ member, exact property, other) and
# LOAD_ATTR's class-value entry, each site warmed up first and then the class changed under it:
# every store and load must do what setattr/getattr do on the changed class.


def store(o, v):
    o.a = v        # one site for every case below


def load(o):
    return o.a     # one site for every case below


def warm(o, n=30):
    for i in range(n):
        store(o, i)
    return load(o)


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
print("slot", warm(s), s.a)
# the slot descriptor replaced by a property on the class
log = []
Slotted.a = property(lambda self: ("prop", self.b), lambda self, v: log.append(v) or setattr(self, "b", v))
store(s, 7)
print("slot->property", load(s), log)
# the property replaced by a plain class value: no instance storage for a slotted class
Slotted.a = 5
try:
    store(s, 8)
except AttributeError as e:
    print("slot class value store:", e)
print("load class value", load(s))


class Plain:
    pass


p = Plain()
print("dict", warm(p))


class Prop:
    def __init__(self):
        self._a = 0

    @property
    def a(self):
        return self._a

    @a.setter
    def a(self, v):
        self._a = v * 2


q = Prop()
print("property", warm(q), q._a)
# the setter removed: the store raises as setattr does
Prop.a = property(Prop.a.fget)
try:
    store(q, 3)
except AttributeError as e:
    print("read-only property:", e)
# property.__init__ called again: its fset is read at each store
pr = property(lambda self: self._a + 1000, lambda self, v: setattr(self, "_a", -v))
Prop.a = pr
print("new property", warm(q), q._a)
pr.__init__(lambda self: ("re-init", self._a), lambda self, v: setattr(self, "_a", v + 1))
store(q, 10)
print("re-initialised property", load(q))
# deleted: the store goes to the instance __dict__
del Prop.a
store(q, 11)
print("deleted property", load(q), q.__dict__)


class NonData:
    def __get__(self, obj, tp=None):
        return "nondata"


class Desc:
    a = NonData()


d = Desc()
print("non-data before store", load(d))
store(d, 12)  # a non-data descriptor: the store goes to the instance, which then shadows it
print("non-data after store", load(d), d.__dict__)


class DataDesc:
    def __get__(self, obj, tp=None):
        return ("data", obj.__dict__.get("_v"))

    def __set__(self, obj, v):
        obj.__dict__["_v"] = v


class WithData:
    pass


w = WithData()
print("before data descriptor", warm(w))
WithData.a = DataDesc()
store(w, 13)
print("data descriptor wins", load(w), sorted(w.__dict__))


class Hooked:
    pass


h = Hooked()
warm(h)
Hooked.__setattr__ = lambda self, k, v: object.__setattr__(self, k, ("hooked", v))
store(h, 14)
print("__setattr__ added", load(h))
del Hooked.__setattr__
store(h, 15)
print("__setattr__ removed", load(h))


# __class__ reassigned between two slotted classes with the same layout, the sites warmed on one
class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a",)

    @property
    def b(self):
        return "S2"


x = S1()
print("S1", warm(x))
x.__class__ = S2
store(x, 16)
print("after __class__", load(x), x.b, type(x).__name__)


# a class value shadowed by an instance attribute, and the class value changed
class CV:
    a = 100


def load_many(objs):
    return [load(o) for o in objs]


c1, c2 = CV(), CV()
print("class value", load_many([c1, c2] * 10)[:2])
c1.a = "own"
print("shadowed", load_many([c1, c2]))
CV.a = 200
print("class value changed", load_many([c1, c2]))
del c1.a
print("shadow removed", load_many([c1, c2]))
c3 = CV()
c3.z = 1   # other keys first: the shadowing attribute gets a later index
c3.a = 3
print("late shadow", load_many([c1, c2, c3]))


# a slot store that must raise: a non-slotted name on a slotted class
class Only:
    __slots__ = ("a",)

    def f(self):
        return 1


o = Only()
warm(o)
try:
    o.b = 1
except AttributeError as e:
    print("no slot:", e)
del o.a
try:
    load(o)
except AttributeError as e:
    print("unset slot:", e)
store(o, 17)
print("slot again", load(o))
for bad in ("f", "__module__"):
    try:
        setattr(o, bad, 1)
    except AttributeError as e:
        print("class attribute, no __dict__:", e, e.name)
