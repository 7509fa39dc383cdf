# Every set method (printing sorted results where element order could vary)
s = {1, 2, 3}
s.add(4); s.add(1)
print(sorted(s))
s.discard(10); s.discard(4)
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__ + ":", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a.union(b)), sorted(a.union(b, [9], "x" and [10])), sorted(a.intersection(b)), sorted(a.intersection(b, {4, 5})))
print(sorted(a.difference(b)), sorted(a.difference(b, {1})), sorted(a.symmetric_difference(b)), sorted(a.symmetric_difference([5, 6])))
print(a.issubset({1, 2, 3, 4, 5}), a.issubset(a), a.issuperset({1}), a.issuperset([1, 7]), a.isdisjoint({8, 9}), a.isdisjoint(b))
c = set(a)
c.update({10}, [11], (12,), range(13, 15))
print(sorted(c))
c.intersection_update(range(12), {1, 2, 10, 11, 99})
print(sorted(c))
c.difference_update({1}, [2])
print(sorted(c))
c.symmetric_difference_update({11, 50})
print(sorted(c))
cp = c.copy()
cp.add(-1)
print(sorted(c), sorted(cp))
print(c.pop() in {10, 50}, len(c))
c.clear()
print(c)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__ + ":", e)
for bad in [lambda: {1}.union(5), lambda: {1}.add([]), lambda: {1}.issubset(5), lambda: {1}.update(1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(sorted(m for m in dir(set) if not m.startswith("_")))
