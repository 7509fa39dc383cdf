# Inline-value instances with the attribute protocols: descriptors' precedence, properties,
# __getattr__, __setattr__ / __delattr__ overrides, __slots__ beside a __dict__, dataclasses,
# copy / deepcopy / pickle, weakrefs, __del__ order, dir().
import copy
import dataclasses
import pickle
import weakref


class Desc:
    def __get__(self, obj, tp=None):
        return "data-descr"

    def __set__(self, obj, value):
        print("Desc.__set__", value)


class NonData:
    def __get__(self, obj, tp=None):
        return "non-data"


class A:
    d = Desc()
    n = NonData()
    cls_value = 42

    def __init__(self):
        self.a = 1

    @property
    def p(self):
        return self.a * 10

    @p.setter
    def p(self, v):
        self.a = v


x = A()
x.d = 5                      # data descriptor wins
print(x.d, "d" in vars(x))
print(x.n)
x.n = "own"                  # instance attribute shadows a non-data descriptor
print(x.n, vars(x))
print(x.cls_value)
x.cls_value = 7
print(x.cls_value, A.cls_value)
del x.cls_value
print(x.cls_value)
x.p = 3
print(x.p, vars(x))


class G:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "missing:" + name


g = G()
print(g.real, g.other)
del g.real
print(g.real)


class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


lg = Logged()
lg.a = 5
del lg.b
print(vars(lg))


class Slotted:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = "slot"
        self.extra = "dict"


sl = Slotted()
print(sl.s, sl.extra, vars(sl))


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)


pt = Point(1, 2)
print(pt, pt == Point(1, 2), vars(pt))
pt2 = dataclasses.replace(pt, y=5)
print(pt2, dataclasses.asdict(pt2))


@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int
    b: str


f = Frozen(1, "b")
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
print(f, hash(f) == hash(Frozen(1, "b")))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
c1 = copy.copy(tree)
c2 = copy.deepcopy(tree)
print(c1.children is tree.children, c2.children is tree.children, c2.children[1].children[0].value)
pk = pickle.loads(pickle.dumps(tree))
print(pk.value, [ch.value for ch in pk.children], vars(pk.children[0]))
tree.self_ref = tree
dc = copy.deepcopy(tree)
print(dc.self_ref is dc, list(vars(dc)))


class W:
    def __init__(self, n):
        self.n = n


w = W(1)
r = weakref.ref(w)
print(r() is w, r().n)
w.n = 2
print(r().n)
del w
print(r())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self):
        self.first = Noisy("first")
        self.second = Noisy("second")
        self.third = Noisy("third")


h = Holder()
del h
print("after holder")
h2 = Holder()
del h2.third
print("deleted third")
h2.third = Noisy("new third")
del h2
print("after h2")
h3 = Holder()
h3.second = Noisy("replacement")
print("replaced")
del h3
print("after h3")

print([n for n in dir(Node(0)) if not n.startswith("__")])
