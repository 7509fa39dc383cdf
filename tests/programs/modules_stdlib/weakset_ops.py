# weakref.WeakSet: the set API (operators, in-place forms, comparisons), members vanishing when
# their last reference goes (also during iteration), unhashable/unweakrefable values, copy and
# pickle-style reduce, the ABC registration and generic alias.
import collections.abc
import copy
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Item(%d)' % self.n

    def __lt__(self, other):
        return self.n < other.n


items = [Item(i) for i in range(8)]
a = weakref.WeakSet(items[:5])
b = weakref.WeakSet(items[3:])
show = lambda s: sorted(s, key=lambda x: x.n)
print(len(a), len(b), items[0] in a, items[7] in a, 5 in a, [] in a)
print('or', show(a | b), 'and', show(a & b), 'sub', show(a - b), 'xor', show(a ^ b))
print('methods', show(a.union(items[6:7])), show(a.intersection(items[1:3])), show(a.difference(items[:4])),
      show(a.symmetric_difference(items[4:6])))
print('compare', a <= a, a < a, a >= weakref.WeakSet(items[:2]), a > weakref.WeakSet(items[:2]), a == weakref.WeakSet(items[:5]),
      a != b, a == set(items[:5]), a.issubset(items), a.issuperset(items[:1]), a.isdisjoint(items[5:]), a.isdisjoint(b))
c = a.copy()
c |= items[5:6]
c -= items[:1]
c &= items[1:7]
c ^= items[2:4] + items[7:8]
print('in place', show(c), type(c).__name__, show(a))
c.update(items[:2])
c.difference_update(items[:1])
c.intersection_update(items[1:])
c.symmetric_difference_update(items[:3])
print('updates', show(c))
d = weakref.WeakSet(items)
d -= d
print('self sub', len(d))
d = weakref.WeakSet(items)
d ^= d
print('self xor', len(d))

temp = [Item(100 + i) for i in range(5)]
w = weakref.WeakSet(temp)
print('before', len(w))
del temp[1:3]
gc.collect()
print('after', len(w), show(w))
seen = []
for x in w:
    seen.append(x.n)
    if len(seen) == 1:
        temp.clear()
        x = None
gc.collect()
print('iterated', len(seen) >= 1, len(w))
e = weakref.WeakSet()
try:
    e.pop()
except KeyError as err:
    print('KeyError', err)
keep = Item(9)
e.add(keep)
e.add(keep)
print(len(e), e.pop() is keep, len(e))
try:
    e.remove(keep)
except KeyError:
    print('KeyError on remove')
e.discard(keep)
try:
    e.add(3)
except TypeError as err:
    print('TypeError', err)
e.add(keep)
f = copy.copy(e)
g = copy.deepcopy(weakref.WeakSet())
print(type(f).__name__, len(f), keep in f, len(g))
red = e.__reduce__()
print(red[0].__name__, [type(x).__name__ for x in red[1][0]])
e.clear()
print('cleared', len(e), bool(e))
print(isinstance(e, collections.abc.MutableSet), isinstance(e, collections.abc.Set), weakref.WeakSet[int])
print(repr(weakref.WeakSet()), type(weakref.WeakSet().data).__name__)
print(a.__eq__(3), a == 3)
