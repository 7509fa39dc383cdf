# member_descriptor (the __slots__ descriptors): its Python-visible __get__/__set__/__delete__ and
# attributes as CPython 3.13 has them, and another class's member raising TypeError (also at warm sites).
def show(*stmts):
    for stmt in stmts:
        try:
            print(stmt, eval(stmt))
        except Exception as e:
            print(stmt, type(e).__name__, e)


class S:
    __slots__ = ('x', '__y')
class T(S): pass
d = S.__dict__['x']
show("d.__get__()", "d.__get__(1, 2, 3)", "d.__set__(S())", "d.__delete__()", "d.__get__(None, int)", "d.__set__(None, 1)", "d.__delete__(None)", "d.__get__(T(), None)", "d.__get__(S(), 5)")
t = T(); d.__set__(t, 7); print(t.x, d.__get__(t), S.__dict__['_S__y'], S.__dict__['_S__y'].__name__, S.__dict__['_S__y'].__qualname__)
print(type(d).__get__, type(d).__set__, type(d).__delete__)
print(type(d).__name__, type(d).__qualname__, type(d).__module__)
print(d.__objclass__ is S, hash(d) == hash(d), d == d)

print(repr(d), type(d).__name__, d.__name__, d.__qualname__, d.__objclass__, d.__doc__)
print(sorted(n for n in dir(type(d)) if not n.startswith('__i')))
s = S(); type(d).__set__(d, s, 5); print(type(d).__get__(d, s), d.__get__(s, S), d.__get__(None, S) is d)
type(d).__delete__(d, s)
show("d.__get__(s)", "d.__delete__(s)", "d.__get__(1)", "d.__set__(1, 2)", "d.__get__(None)")
class S2:
    __slots__ = ('x',)
class U:
    x = S2.__dict__['x']
u = U()
for _ in range(3):
    show("u.x", "setattr(u, 'x', 1)", "delattr(u, 'x')")
class V:
    __slots__ = ('x',)
V.y = S2.__dict__['x']
v = V(); v.x = 3
for _ in range(3):
    show("v.y", "setattr(v, 'y', 1)", "v.x", "delattr(v, 'y')")


# warm LOAD_ATTR/STORE_ATTR sites, then the class's member replaced by another class's
class W:
    __slots__ = ('y',)


def warm(o):
    out = []
    try:
        out.append(o.y)
    except (TypeError, AttributeError) as e:
        out.append(type(e).__name__ + ": " + str(e))
    try:
        o.y = 1
        out.append("stored")
    except TypeError as e:
        out.append(type(e).__name__ + ": " + str(e))
    return out


w = W()
for step in range(5):
    if step == 3:
        W.z = W.y
        W.y = S2.__dict__['x']
    print(step, warm(w), warm(v))
print(W.z.__get__(w), W.z)
