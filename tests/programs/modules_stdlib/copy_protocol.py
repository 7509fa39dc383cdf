# copy: the memo contract (which ids are recorded, the keep-alive list), the order of hooks and of copies,
# reductions with state / list items / dict items, copyreg registrations, atoms, replace() and errors.
import copy, copyreg, types, weakref

def memo_summary(m):
    alive = m.get(id(m), [])
    return len(m), sorted(type(v).__name__ for k, v in m.items() if k != id(m)), [type(o).__name__ for o in alive]

for value in ([1, "a", (2, 3)], {"k": [1]}, (1, [2]), (1, 2), {1, 2}, frozenset({3}), bytearray(b"ab"), "s", 5):
    m = {}
    c = copy.deepcopy(value, m)
    print(type(value).__name__, c == value, c is value, memo_summary(m))

# A caller's memo is consulted first, for every object (atoms too).
s, n = "atom", 12345678901
m = {id(s): "replaced", id(n): -1}
print(copy.deepcopy([s, n, (s,)], m), copy.deepcopy({s: n}, m), copy.deepcopy(s, m))

order = []
class Tag:
    def __init__(self, name):
        self.name = name
    def __deepcopy__(self, memo):
        order.append(self.name)
        return Tag(self.name + "'")
    def __repr__(self):
        return self.name
copy.deepcopy({Tag("k1"): Tag("v1"), Tag("k2"): Tag("v2")})
print("dict order", order); order.clear()
copy.deepcopy((Tag("a"), [Tag("b"), Tag("c")], Tag("d")))
print("tuple order", order); order.clear()

class Reduced:
    def __init__(self):
        self.items, self.mapping = [], {}
    def append(self, v):
        order.append(("append", v)); self.items.append(v)
    def __setitem__(self, k, v):
        order.append(("setitem", k, v)); self.mapping[k] = v
    def __setstate__(self, st):
        order.append(("setstate", st))
    def __reduce_ex__(self, proto):
        order.append(("reduce_ex", proto))
        return (Reduced, (), {"s": 1}, iter([Tag("i1"), Tag("i2")]), iter([(Tag("k"), Tag("v"))]))
r = copy.deepcopy(Reduced())
print(type(r).__name__, order); order.clear()
r = copy.copy(Reduced())
print(type(r).__name__, order); order.clear()

class SlotState:
    __slots__ = ("a", "__dict__")
    def __reduce_ex__(self, proto):
        return (SlotState, (), ({"d": [1]}, {"a": [2]}))
x = copy.deepcopy(SlotState())
print(x.a, x.d)

class Global:
    def __reduce__(self):
        return "GLOBAL_NAME"
g = Global()
print(copy.copy(g) is g, copy.deepcopy(g) is g)

class Point:
    def __init__(self, x):
        self.x = x
def reduce_point(p):
    print("  reducer for", p.x)
    return (Point, (p.x * 10,))
copyreg.pickle(Point, reduce_point)
print(copy.copy(Point(1)).x, copy.deepcopy(Point(2)).x)
del copyreg.dispatch_table[Point]

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
owner = object()
ref = weakref.ref(WithMeta)
for atom in (WithMeta, ref, len, types.SimpleNamespace, property(), range(3), slice(1, 2), Ellipsis, NotImplemented,
             None, 1.5, 2j, b"b", (lambda: 0).__code__):
    print(type(atom).__name__, copy.copy(atom) is atom, copy.deepcopy(atom) is atom)

class Holder:
    def __init__(self):
        self.data = [1]
    def get(self):
        return self.data
h = Holder()
bm = copy.deepcopy(h.get)
print(type(bm).__name__, bm.__self__ is h, bm(), bm.__func__ is Holder.get, copy.copy(h.get).__self__ is h)

class Node:
    def __init__(self):
        self.children = []
root = Node()
child = Node()
child.parent = (root, "up")
root.children.append(child)
croot = copy.deepcopy(root)
print(croot.children[0].parent[0] is croot, croot.children[0].parent[0] is root)
t = ([],)
t[0].append(t)
ct = copy.deepcopy(t)
print(ct[0][0] is ct, ct is not t)

class Sub(list):
    pass
sl = Sub([1, [2]]); sl.tag = "t"
c1, c2 = copy.copy(sl), copy.deepcopy(sl)
print(type(c1).__name__, c1, c1.tag, c1[1] is sl[1], type(c2).__name__, c2, c2.tag, c2[1] is sl[1])

class NoCopy:
    __reduce_ex__ = None
    __reduce__ = None
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoCopy())
    except copy.Error as e:
        print(fn.__name__, type(e).__name__, e)
print(copy.error is copy.Error, issubclass(copy.Error, Exception))

for obj, kw in [(types.SimpleNamespace(a=1), {"a": 2}), (5, {}), ([1], {"x": 1})]:
    try:
        print(copy.replace(obj, **kw))
    except TypeError as e:
        print("TypeError:", e)
class R:
    def __init__(self, v):
        self.v = v
    def __replace__(self, **changes):
        print("  __replace__", sorted(changes))
        return R(changes.get("v", self.v))
print(copy.replace(R(1), v=9).v, copy.replace(R(1)).v)
print(sorted(n for n in dir(copy) if not n.startswith("_")), copy.__all__)
