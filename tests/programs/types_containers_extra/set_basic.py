# set / frozenset: CPython iteration order for ints, algebra, comparisons, hashing, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(set(), set([3, 1, 2]), {5, 3, 1, 100, 33, 17}, frozenset(), frozenset([1, 2]), set("aa"))
print({0, 8, 16, 24, 1, 9}, set(range(20, 0, -3)), {-1, -2, 10**20, 2**61 - 1, 2**61})
s = {0, 8, 16}
s.discard(0)
s.discard(8)
s.add(24)
s.add(32)
print(s)
s = set(range(10))
for x in range(0, 10, 2):
    s.remove(x)
s.update([100, 200, 12, 13])
print(s, len(s))
big = set(range(100))
big -= set(range(0, 100, 3))
print(big)
print(set(range(50)) & set(range(25, 80, 2)), set(range(10, 0, -1)) - {3, 4})
print({1, 2, 3} | {3, 4, 5}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2, 3} ^ {3, 4, 9, 17})
print({1, 2, 3}.union([4], (5,), {6}), {1, 2, 3}.intersection([2, 3], {3}), {1, 2, 3}.difference([1], {2}))
print({1, 2}.symmetric_difference([2, 3]), {1, 2}.union(), {1, 2}.intersection(), {1, 2}.difference())
print(frozenset({1, 2}) | {3}, {3} | frozenset({1, 2}), type(frozenset() | set()), type(set() | frozenset()))
a = {1, 2, 3}
b = a
a |= {4}
a &= {1, 2, 4, 5}
a -= {1}
a ^= {9, 2}
print(a, b is a)
a.update({10: 0, 11: 0})
a.intersection_update([4, 9, 10], range(100))
print(a)
a.difference_update([4], {9})
print(a)
a.symmetric_difference_update({10: 1, 20: 2})
print(a)
a.symmetric_difference_update([20, 30])
print(a)
print(a.pop(), a)
show(lambda: set().pop())
show(lambda: set().remove(1))
show(lambda: {1}.remove(frozenset()))
print({frozenset({1})}.__contains__({1}), {1} in {frozenset({1})})
t = {frozenset({1})}
t.discard({1})
print(t)
show(lambda: {[1]})
show(lambda: set().add([1]))
show(lambda: {1} | [1])
show(lambda: {1} < [1])
show(lambda: {1} - 1)
def ior(x, y):
    x |= y
    return x
show(lambda: ior({1}, [2]))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2} >= {2}, {1, 2} > {1, 2}, {1, 2} == frozenset({2, 1}), {1} != {2})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1, 2}.isdisjoint([3]), {1}.isdisjoint({1}), set().isdisjoint(set()))
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))), hash(frozenset({frozenset({1})})))
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, frozenset() == set(), {f: 1}[frozenset([2, 1])])
show(lambda: hash({1}))
show(lambda: set(1, 2))
show(lambda: set(x=1))
show(lambda: frozenset(1, 2))
show(lambda: frozenset(x=1))
show(lambda: set(5))
c = {1, 2, 3}
try:
    for x in c:
        c.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__())
sx = {1, 2, 3}
sx.__init__([7, 8])
print(sx)
print(set({1: 2, 3: 4}), set({5: 0}.keys()), set("abc") == {"a", "b", "c"})
r = set(range(10000))
r.difference_update(range(0, 10000, 2))
print(len(r), list(r)[:10])
q = set()
for i in range(40):
    q.add(i * 8)
    if i % 3 == 0:
        q.discard((i - 1) * 8)
print(q)
