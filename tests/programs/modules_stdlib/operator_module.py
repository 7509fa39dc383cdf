# operator module: arithmetic functions, itemgetter, attrgetter, methodcaller
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(0), op.lshift(1, 4), op.rshift(32, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem({"k": 9}, "k"), op.concat([1], [2]))
L = [1, 2, 3]
op.setitem(L, 0, "x"); op.delitem(L, 1)
print(L, op.index(7), op.length_hint(iter(range(4))), op.matmul.__name__)
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
getk = op.itemgetter("name")
print(get1("abc"), get02("abc"), getk({"name": "ann"}), get02([(1, 2), (3, 4), (5, 6)]))
rows = [("bob", 30), ("ann", 25), ("cy", 30)]
print(sorted(rows, key=op.itemgetter(1, 0)), max(rows, key=op.itemgetter(1)))
class P:
    def __init__(self, name, addr):
        self.name, self.addr = name, addr
class A:
    def __init__(self, city):
        self.city = city
people = [P("zed", A("Oslo")), P("amy", A("Bern"))]
print([op.attrgetter("name")(p) for p in people], sorted(p.name for p in sorted(people, key=op.attrgetter("addr.city"))))
print(op.attrgetter("name", "addr.city")(people[0]))
up = op.methodcaller("upper")
rep = op.methodcaller("replace", "a", "o")
print(up("abc"), rep("banana"), list(map(op.methodcaller("split", ","), ["a,b", "c"])))
x = [1]
x = op.iadd(x, [2])
s = "a"
s = op.iadd(s, "b")
print(x, s, op.imul([0], 3), op.ipow(2, 5))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    op.attrgetter("missing")(1)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(repr(op.itemgetter(1, 2)), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, k=2)))
