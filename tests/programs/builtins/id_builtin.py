# id() and identity: only comparisons are printed, never the values
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
print(type(id(a)).__name__, id(a) > 0)
x = object()
print(id(x) == id(x), id(None) == id(None), id(True) == id(True))
def f():
    return a
print(id(f()) == id(a))
t1 = (1, 2)
t2 = t1
print(id(t1) == id(t2))
class C:
    pass
o1, o2 = C(), C()
print(id(o1) != id(o2), len({id(o1), id(o2), id(o1)}))
s = "interned"
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, type(None)() is None)
e1, e2 = [], []
print(int is int, type(1) is int, e1 is e2, tuple() is tuple())
L = [o1, o2, o1]
print([L.index(o) for o in L], [o is o1 for o in L])
alias = L
alias.append(o2)
print(len(L), L is alias)
cp = L[:]
print(cp is L, cp == L, all(x is y for x, y in zip(cp, L)))
d = {}
d[id(o1)] = "first"
print(d[id(o1)], id(o1) in d, id(o2) in d)
try:
    id()
except TypeError as e:
    print(type(e).__name__ + ":", e)
