# STORE_ATTR's site cache keeps the name's shared-key index as a hint for the store
# (Interpreter.AttrCache.cs, StoreEntry): the same store site must keep storing into the right
# attribute however the class, its keys and the instance change after the site warmed.

def set_a(o, v): o.a = v
def set_b(o, v): o.b = v
def show(o): return sorted(vars(o).items()) if hasattr(o, "__dict__") else None

class P:
    pass

# First stores of a class: the site fills before the keys hold the name, then refills.
objs = [P() for _ in range(5)]
for i, o in enumerate(objs):
    set_b(o, i)
    set_a(o, -i)
print([show(o) for o in objs])
print([list(vars(o)) for o in objs])  # insertion order b, a

# A store site shared by several classes (polymorphic), with different key layouts.
class Q:
    def __init__(self): self.z = 0; self.a = 1
class R:
    def __init__(self): self.a = 2; self.y = 3
for k in range(3):
    for o in (Q(), R(), P()):
        set_a(o, k)
        print(type(o).__name__, show(o), list(vars(o)))

# Attribute deleted and re-added (order changes: the dict takes over), then stores again.
o = Q()
del o.z
set_a(o, 10)
o.z = 5
set_a(o, 11)
print(show(o), list(vars(o)))

# The __dict__ materialised, then replaced.
o = R()
d = o.__dict__
set_a(o, 20)
print(d, o.a)
o.__dict__ = {"y": 1}
set_a(o, 21)
print(o.__dict__, list(o.__dict__))

# __class__ reassigned between classes whose keys put "a" at different indexes.
o = Q()
for _ in range(3): set_a(o, 30)
o.__class__ = R
set_a(o, 31)
set_b(o, 32)
print(type(o).__name__, show(o), list(vars(o)))

# A property replaces the plain attribute after the site warmed, then goes again.
class S:
    pass
s = S()
for i in range(3): set_a(s, i)
log = []
S.a = property(lambda self: "prop", lambda self, v: log.append(v))
set_a(s, 40)
print(log, s.a, vars(s))
del S.a
set_a(s, 41)
print(s.a, vars(s))

# __setattr__ added to the class after the site warmed.
class T:
    pass
t = T()
for i in range(3): set_a(t, i)
def trace_set(self, name, value):
    print("  __setattr__", name, value)
    object.__setattr__(self, name, value * 2)
T.__setattr__ = trace_set
set_a(t, 50)
print(t.a)
del T.__setattr__
set_a(t, 51)
print(t.a)

# __slots__ classes and a subclass with a __dict__ through the same site.
class U:
    __slots__ = ("a", "c")
class V(U):
    pass
for o in (U(), V(), U(), V()):
    set_a(o, 60)
    print(type(o).__name__, o.a, show(o))
v = V()
set_b(v, 61)
set_a(v, 62)
print(v.a, v.b, show(v))
try:
    set_b(U(), 1)
except AttributeError as e:
    print("AttributeError:", e)

# Many attributes: the shared keys grow past the first layout, stores keep their names.
class W:
    pass
ws = [W() for _ in range(4)]
for j in range(40):
    for w in ws:
        setattr(w, "k%d" % j, j)
    for w in ws:
        set_a(w, j)
print(all(w.a == 39 and w.k39 == 39 and w.k0 == 0 for w in ws), len(vars(ws[0])))
