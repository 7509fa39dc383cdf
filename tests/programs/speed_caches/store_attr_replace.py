# STORE_ATTR replacing an attribute an instance already holds in its inline values, and storing a
# __slots__ member, take short paths (Interpreter.InstanceAttrs.cs, TryReplaceInlineValue,
# TryStoreSlotInPlace); everything else takes the general store. Both must answer alike: the old value is released at once (its __del__ runs before the
# next statement), attribute order is kept, and a new attribute, a deleted one, a materialised
# __dict__, a __class__ change, a property added to the class and a site seeing two classes all
# store where the general path stores.


class Tok:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)

    def __repr__(self):
        return "Tok(%d)" % self.n


class A:
    def __init__(self):
        self.w = 0
        self.x = Tok(0)
        self.z = 1


def setx(o, v):
    o.x = v


a = A()
for i in range(1, 5):
    setx(a, Tok(i))
    print("stored", i, list(vars(a)))

# a fresh instance without x yet: the first store adds it (after w and z), the next replace it
b = A.__new__(A)
b.w = "w"
setx(b, Tok(10))
setx(b, Tok(11))
print("fresh", list(vars(b)), b.x)

# deleted, then stored again through the warm site
del a.x
print("deleted", list(vars(a)))
setx(a, Tok(5))
print("re-added", list(vars(a)))
setx(a, Tok(6))

# a materialised __dict__
d = a.__dict__
setx(a, Tok(7))
print("dict", d["x"], list(d))


# __class__ changed to a class with another layout
class C:
    def __init__(self):
        self.x = None
        self.y = 1


c = A()
setx(c, Tok(20))
c.__class__ = C
setx(c, Tok(21))
print("class changed", type(c).__name__, list(vars(c)), c.x)

# a polymorphic site: two classes in turn
objs = [A(), C(), A(), C()]
for k in range(2):
    for j, o in enumerate(objs):
        setx(o, Tok(100 + 10 * k + j))
print("two classes", [o.x for o in objs])
del objs

# the class gains a property named x: the warm site must call its setter
e = A()
setx(e, Tok(30))
A.x = property(lambda self: "prop", lambda self, v: print("  setter", v))
setx(e, Tok(31))
print("property", e.x, vars(e)["x"])
del A.x
setx(e, Tok(32))
print("property gone", e.x)


# __setattr__ defined later on the class
def logging_setattr(self, name, value):
    print("  __setattr__", name, value)
    object.__setattr__(self, name, value)


A.__setattr__ = logging_setattr
setx(e, Tok(33))
del A.__setattr__
setx(e, Tok(34))

# the same object stored again (its count must not drop to zero in between)
t = Tok(40)
setx(e, t)
setx(e, t)
del t
print("same object", e.x)


# __slots__ members: replaced, unset and set again, an instance made without __init__, a
# subclass with more members, __class__ switched between two slot classes, the member replaced
# by a property on the class after warm-up
class S:
    __slots__ = ("p", "x")

    def __init__(self):
        self.p = "p"
        self.x = Tok(50)


class S2(S):
    __slots__ = ("q",)


class S3(S):
    __slots__ = ()


s1 = S()
for i in range(51, 54):
    setx(s1, Tok(i))
print("slot", s1.x, s1.p)
del s1.x
print("slot unset", hasattr(s1, "x"))
setx(s1, Tok(54))
setx(s1, Tok(55))
s2 = S.__new__(S)
setx(s2, Tok(56))
setx(s2, Tok(57))
print("slot without __init__", s2.x, hasattr(s2, "p"))
s3 = S2()
s3.q = "q"
setx(s3, Tok(58))
setx(s3, Tok(59))
print("slot subclass", s3.x, s3.q, s3.p)
s1.__class__ = S3
setx(s1, Tok(60))
s1.__class__ = S
setx(s1, Tok(61))
print("slot class switched", type(s1).__name__, s1.x)
member = S.x
S.x = property(lambda self: "slot prop", lambda self, v: print("  slot setter", v))
setx(s1, Tok(62))
print("slot property", s1.x)
S.x = member
setx(s1, Tok(63))
print("slot member back", s1.x)
for name in ("s1", "s2", "s3", "d", "a", "b", "c", "e"):
    print("release", name)
    del globals()[name]
print("end")
