# The order in which `a, b = x, y` (and three targets) releases the old values of its targets,
# seen through __del__: CPython 3.13 stores fast locals last target first (its optimiser turns
# the SWAP and STORE_FASTs into reordered stores), everything else first target first: globals,
# class-body names, cells, attributes, subscripts, mixed targets, a repeated target, targets on
# several lines, and a tuple of constants (one constant, unpacked in order).
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def locals_two():
    a, b = D("a1"), D("b1")
    print("locals, two targets:")
    a, b = D("a2"), D("b2")
    print("locals, swapped:")
    a, b = b, a
    a = b = None
    print("locals, three targets:")
    x, y, z = D("x1"), D("y1"), D("z1")
    x, y, z = D("x2"), D("y2"), D("z2")
    print("locals, to a tuple of constants:")
    x, y, z = 1, 2, 3
    print("locals, list target:")
    [p, q] = D("p1"), D("q1")
    [p, q] = D("p2"), D("q2")
    print("locals, repeated target:")
    r, r = D("r1"), D("r2")
    r, r = D("r3"), D("r4")
    print("locals, targets on two lines:")
    (m,
     n) = D("m1"), D("n1")
    (m,
     n) = D("m2"), D("n2")
    print("locals, a local and a cell:")
    c = None
    u, c = D("u1"), D("c1")
    u, c = D("u2"), D("c2")

    def inner():
        return c

    print("locals, end")


locals_two()
print("globals:")
g1, g2 = D("g1"), D("g2")
g1, g2 = D("g1b"), D("g2b")
g1 = g2 = None


def explicit_globals():
    global h1, h2
    h1, h2 = D("h1"), D("h2")
    h1, h2 = D("h1b"), D("h2b")
    h1 = h2 = None


print("global statement:")
explicit_globals()
print("class body:")


class Body:
    k1, k2 = D("k1"), D("k2")
    k1, k2 = D("k1b"), D("k2b")


Body.k1 = Body.k2 = None


class O:
    pass


print("attributes:")
o = O()
o.x, o.y = D("x1"), D("y1")
o.x, o.y = D("x2"), D("y2")
o.x = o.y = None
print("subscripts:")
lst = [None, None, None]
lst[0], lst[1] = D("l0"), D("l1")
lst[0], lst[1] = D("m0"), D("m1")
lst[0], lst[1], lst[2] = D("n0"), D("n1"), D("n2")
lst[0], lst[1], lst[2] = 0, 1, 2
d = {}
d["a"], d["b"] = D("da"), D("db")
d["a"], d["b"] = D("ea"), D("eb")
d.clear()


def mixed():
    o2 = O()
    v, o2.w = D("v1"), D("w1")
    print("mixed local and attribute:")
    v, o2.w = D("v2"), D("w2")
    print("mixed, end")
    o2.w = None


print("mixed:")
mixed()
print("unpacking a tuple object:")


def from_object():
    t = (D("t0"), D("t1"))
    a, b = t
    del t
    a, b = D("t2"), D("t3")
    print("from object, end")


from_object()
print("end")
