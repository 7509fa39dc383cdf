# Per-site caches of LOAD_ATTR / LOAD_METHOD / STORE_ATTR (Interpreter.AttrCache.cs): each helper
# below is one site run many times; the cached answer must equal getattr's after every kind of
# change (class attribute assigned, __bases__ changed, instance dict shadowing a method, a
# descriptor added later, __getattr__/__getattribute__ added, __class__ and __dict__ replaced).


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


def set_x(o, v):
    o.x = v


def safe(fn, *args):
    try:
        return fn(*args)
    except AttributeError as e:
        return "AttributeError: %s" % e


# 1. instance __dict__ entries at different positions, deleted and re-added
class P:
    pass


a = P(); a.x = 1
b = P(); b.y = 0; b.z = 0; b.x = 2
c = P()
for _ in range(3):
    print("dict", get_x(a), get_x(b), safe(get_x, c))
del a.x
print("deleted", safe(get_x, a), get_x(b))
a.x = 10
print("re-added", get_x(a))
a.__dict__ = {"q": 1, "x": 11}
print("dict replaced", get_x(a))
for i in range(20):
    o = P()
    for k in range(i % 5):
        setattr(o, "k%d" % k, k)
    o.x = i
    assert get_x(o) == i

# 2. a descriptor added to the class later: a property wins over the instance dict
P.x = property(lambda self: "prop")
print("property added", get_x(a), get_x(b))
del P.x
print("property removed", get_x(a))
P.x = "class value"
print("class value shadowed", get_x(a), get_x(P()))
del a.x
print("class value", get_x(a))
P.x = 42
print("class value replaced", get_x(a))


class Desc:
    def __get__(self, obj, owner):
        return "desc"


P.x = Desc()
print("non-data descriptor", get_x(a))
a.x = "own"
print("own beats non-data", get_x(a))
Desc.__set__ = lambda self, obj, v: None
print("now data descriptor", get_x(a))
del P.x

# 3. methods: replaced on the class, shadowed by the instance, inherited from a changed base
class A:
    def m(self):
        return "A.m"


class B:
    def m(self):
        return "B.m"


class C(A):
    pass


o = C()
for _ in range(3):
    print("method", call_m(o))
A.m = lambda self: "A.m2"
print("class method replaced", call_m(o))
o.m = lambda: "own"
print("instance shadows", call_m(o))
del o.m
print("shadow removed", call_m(o))
C.__bases__ = (B,)
print("bases changed", call_m(o), C.__mro__[1].__name__)
C.m = lambda self: "C.m"
print("subclass defines", call_m(o))
o.__class__ = A
print("class assigned", call_m(o))
print("builtin method", call_m(type("L", (list,), {"m": list.copy})([1, 2])))

# 4. __slots__ members and properties
class S:
    __slots__ = ("x", "y")


s = S()
print("unset slot", safe(get_x, s))
set_x(s, 5)
print("slot", get_x(s))
del s.x
print("slot deleted", safe(get_x, s))


class Q:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x * 100

    @x.setter
    def x(self, v):
        self._x = v + 1


q = Q()
for i in range(3):
    set_x(q, i)
    print("property", get_x(q), q._x)
prop = Q.__dict__["x"]
prop.__init__(lambda self: "reinit", None)
print("property reinitialised", get_x(q), safe(set_x, q, 1))
Q.x = property(lambda self: "new prop")
print("property replaced", get_x(q))
del Q.x
set_x(q, 7)
print("plain store after property removed", get_x(q), q.__dict__["x"])

# 5. __getattr__ and __getattribute__ added later
class G:
    pass


g = G()
g.x = 1
print("before hooks", get_x(g), safe(get_x, G()))
G.__getattr__ = lambda self, name: "fallback " + name
print("__getattr__", get_x(g), get_x(G()))
G.__getattribute__ = lambda self, name: "always " + name
print("__getattribute__", get_x(g), call_m(g) if False else "-")
del G.__getattribute__
del G.__getattr__
print("hooks removed", get_x(g))

# 6. stores into the instance dict at a site, then a setter-only descriptor added
class T:
    pass


t = T()
for i in range(3):
    set_x(t, i)
print("store", t.x, get_x(t))


class Ignore:
    def __get__(self, obj, owner):
        return "ignored get"

    def __set__(self, obj, v):
        obj.__dict__["seen"] = v


T.x = Ignore()
set_x(t, 99)
print("data descriptor store", get_x(t), t.__dict__)

# 7. polymorphic and megamorphic sites, functions stored on instances
classes = []
for n in range(7):
    cls = type("K%d" % n, (), {"m": (lambda k: lambda self: "K%d.m" % k)(n), "x": n * 10})
    classes.append(cls)
for rnd in range(3):
    print("poly", [call_m(cls()) for cls in classes], [get_x(cls()) for cls in classes])
classes[3].m = lambda self: "K3.m2"
classes[6].x = "sixty"
print("poly changed", call_m(classes[3]()), get_x(classes[6]()), get_x(classes[0]()))
f = P()
f.m = lambda: "stored function"
for _ in range(3):
    print("instance function", call_m(f))
P.m = lambda self: "class method"
print("class gains the method", call_m(f), call_m(P()))
del f.m
print("own removed", call_m(f))
del P.m
print("no method", safe(call_m, f))
