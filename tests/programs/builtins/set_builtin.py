# set(): construction and core operations
print(set(), sorted(set("hello")), sorted(set([3, 1, 3])), set(range(3)), sorted(set({"b": 1, "a": 2})))
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.remove(1)
print(s, len(s), 3 in s, 9 not in s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(s.pop() in {2, 3, 4}, len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a > a, a.isdisjoint({7, 8}), a.issubset(range(10)))
c = {1, 2}
c |= {3}
c &= {2, 3, 4}
c -= {2}
c ^= {3, 5}
print(c)
c.update([6], (7,))
c.intersection_update(range(7))
c.difference_update({5})
c.symmetric_difference_update({0, 6})
print(c)
cp = c.copy()
cp.add(100)
print(c, sorted(cp))
c.clear()
print(c, bool(c))
try:
    {[]}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 1.0, True}, {0, False, 0.0})
print(sorted({"banana", "apple", "cherry"}), sorted({(1, 2), (0, 5)}))
print(set("abc") == {"a", "b", "c"}, {x % 3 for x in range(10)})
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(repr(set()), repr({5}), type({1}).__name__)
