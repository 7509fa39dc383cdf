# bisect: the probe order (which items are compared, in which order), key= called once per probe and once for
# insort's new item, hi=None/-1, list subclasses' insert, sequences that are not lists, argument errors.
import bisect

class Loud:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Loud.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'L%d' % self.v

items = [Loud(v) for v in (1, 3, 3, 5, 7, 9, 11)]
for fn in (bisect.bisect_left, bisect.bisect_right):
    for probe in (0, 3, 6, 12):
        Loud.log.clear()
        print(fn.__name__, probe, fn(items, Loud(probe)), Loud.log)

calls = []
def key(r):
    calls.append(r)
    return r[1]
rows = [('a', 1), ('b', 4), ('c', 4), ('d', 8)]
print(bisect.bisect_left(rows, 4, key=key), calls); calls.clear()
print(bisect.bisect_right(rows, 4, key=key), calls); calls.clear()
bisect.insort_left(rows, ('x', 4), key=key); print(rows, calls); calls.clear()
bisect.insort_right(rows, ('y', 4), key=key); print(rows, calls); calls.clear()
bisect.insort(rows, ('z', 0), 0, 2, key=key); print(rows, calls); calls.clear()

a = [10, 20, 30, 40]
print(bisect.bisect_left(a, 25, 0, None), bisect.bisect_left(a, 25, 0, -1), bisect.bisect_right(a, 25, 0, -3))
print(bisect.bisect_left(a, 25, 3), bisect.bisect_right(a, 25, 7), bisect.bisect_left(a, 25, lo=True))
print(bisect.bisect(range(0, 100, 5), 42), bisect.bisect_left('acegi', 'd'), bisect.bisect_right((1, 1, 1), 1))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1), bisect.bisect_left([1], 1, 1, 1))

class Recording(list):
    def insert(self, i, x):
        print('  insert', i, x)
        super().insert(i, x)
r = Recording([1, 5, 9])
bisect.insort(r, 5)
bisect.insort_left(r, 5)
print(r)

for args, kw in [(([1, 2], 1, -1), {}), (([1, 2], 1, 'a'), {}), (([1, 2], 1, 0, 'b'), {}),
                 (([1, 2], 1, 1.0), {}), ((5, 2), {}), (((1, 2), 2), {'insort': True}),
                 (([1, 2], 1), {'hi': 2.5})]:
    fn = bisect.insort if kw.pop('insort', False) else bisect.bisect_left
    try:
        print(fn(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    bisect.bisect_right([1, 2], 1, lo=-3, key=abs)
except ValueError as e:
    print('ValueError:', e)
print(sorted(n for n in dir(bisect) if not n.startswith('_')))
