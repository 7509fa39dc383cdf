# Instance attributes kept as inline values (shared keys per class) must behave exactly like a
# __dict__: order, identity of the materialised dict, deletion, re-adding, vars(), __dict__
# assignment, __class__ assignment, non-str keys, many keys.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


# insertion order, vars(), identity once materialised
p = P(1, 2)
print(vars(p), p.__dict__ is p.__dict__, vars(p) is p.__dict__)
d = p.__dict__
p.z = 3
print(d, d is vars(p))
d["w"] = 4
print(p.w, list(vars(p)))
del d["x"]
print(hasattr(p, "x"), vars(p))

# deletion and re-adding: the re-added key goes last
q = P(1, 2)
del q.x
print(vars(q))
q.x = 10
print(vars(q), q.x, q.y)
del q.y
q.y = 20
print(vars(q))

# a key that the class's layout has below a present one: order must follow insertion
class C:
    pass

a = C()
a.m = 1
a.n = 2
b = C()
b.n = 1
b.m = 2
print(vars(a), vars(b))
c = C()
c.n = 5
print(vars(c), c.n)
try:
    c.m
except AttributeError as e:
    print("AttributeError:", e)

# deleting a missing attribute
try:
    del c.m
except AttributeError as e:
    print("AttributeError:", e)
del c.n
try:
    del c.n
except AttributeError as e:
    print("AttributeError:", e)
print(vars(c))

# hasattr / getattr default / setattr with computed names
e = C()
for i in range(5):
    setattr(e, "f%d" % i, i * i)
print(hasattr(e, "f3"), getattr(e, "f9", "dflt"), vars(e))
name = "".join(["f", "2"])  # not interned
print(getattr(e, name), name in vars(e))
delattr(e, name)
print(vars(e))

# more attributes than a shared layout holds (30)
many = C()
for i in range(45):
    setattr(many, "k%02d" % i, i)
print(len(vars(many)), list(vars(many))[:3], list(vars(many))[-2:], many.k44)
later = C()
later.zz = 1
later.k00 = 0
print(vars(later))

# non-str keys through __dict__
g = C()
g.a = 1
g.__dict__[1] = "one"
print(vars(g), g.a)


class S(str):
    pass


h = C()
setattr(h, S("sub"), 5)
h.other = 6
print(vars(h), h.sub)

# __dict__ assignment
k = P(1, 2)
k.__dict__ = {"b": 2, "a": 1}
print(vars(k), k.a, hasattr(k, "x"))
k.c = 3
print(vars(k))
try:
    k.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

# __class__ assignment
class Q:
    def __init__(self):
        self.y = "q"
        self.x = "q"


class R(P):
    pass


o = P(1, 2)
o.__class__ = Q
print(type(o).__name__, vars(o), o.x)
o.t = 5
print(vars(o))
qq = Q()
print(vars(qq))
o2 = P(7, 8)
o2.__class__ = R
o2.r = 1
print(type(o2).__name__, vars(o2), isinstance(o2, P))
r = R(1, 2)
print(vars(r))

# an instance with no attributes
class E:
    pass

e0 = E()
print(vars(e0), e0.__dict__ == {}, hasattr(e0, "x"))
e0.__dict__["x"] = 1
print(e0.x)

# update of __dict__ through its methods
u = P(1, 2)
u.__dict__.update(y=5, z=6)
print(vars(u), u.y, u.z)
u.__dict__.clear()
print(vars(u), hasattr(u, "x"))
u.x = 1
print(vars(u))

# copying the dict does not tie it to the instance
v = P(1, 2)
cp = dict(vars(v))
v.x = 100
print(cp, vars(v))
