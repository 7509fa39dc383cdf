# Fast paths of sequence unpacking (issue 9): `a, b = x, y` compiles to SWAP without building a
# tuple, and UNPACK_SEQUENCE of an exact list copies its items straight to the stack. Each case
# must behave as the general unpacking does: evaluation and store order, errors, subclasses.
order = []


def val(name, v):
    order.append("eval " + name)
    return v


class Rec:
    def __setattr__(self, name, value):
        order.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)


class Box(list):
    def __setitem__(self, i, v):
        order.append("item %r=%r" % (i, v))
        super().__setitem__(i, v)


a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
[p, q] = q2 = (3, 4)
print(p, q, q2)
[m, n] = 5, 6
print(m, n)
(c, d), e = (a, b), x
print(c, d, e)

r = Rec()
r.u, r.v = val("first", 10), val("second", 20)
r.u, r.v, r.w = val("1", r.v), val("2", r.u), val("3", 30)
print(order)
order.clear()
box = Box([0, 0, 0])
box[0], box[2] = val("a", "A"), val("b", "B")
box[1], box[0], box[2] = box[0], box[1], box[2]
print(order, box)
order.clear()

lst = [0, 1, 2, 3]
lst[0], lst[3] = lst[3], lst[0]
print(lst)

# UNPACK_SEQUENCE of lists: held, floating, wrong lengths, subclasses with their own __iter__.
rows = [[1, 2, 3], [4, 5, 6]]
total = 0
for i, j, k in rows:
    total += i * j - k
print(total)
f, g = [7, 8]
print(f, g)
held = [9, 10, 11]
try:
    f, g = held
except ValueError as err:
    print("ValueError:", err)
try:
    f, g, h, i2 = held
except ValueError as err:
    print("ValueError:", err)
try:
    f, g = []
except ValueError as err:
    print("ValueError:", err)


class Rev(list):
    def __iter__(self):
        return iter(list(reversed(self)))


f, g, h = Rev([1, 2, 3])
print(f, g, h)
rl = Rev([4, 5])
f, g = rl
print(f, g)
n1, = [42]
print(n1)


class Probe:
    def __del__(self):
        print("del Probe")


def fresh():
    return [Probe(), "kept"]


u, v = fresh()
print(type(u).__name__, v)
del u
print("after del")


class RevT(tuple):
    def __iter__(self):
        return iter(tuple(reversed(self)))


class Plain(tuple):
    pass


f, g = RevT((1, 2))
print(f, g)
f, *g = RevT((1, 2, 3))
print(f, g)
f, g = Plain((1, 2))
print(f, g)
