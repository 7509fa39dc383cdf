# list.extend(iterable) / += / deque.extend append each item as the iterator produces it (CPython's
# list_extend): a generator reading the list sees the items appended so far.
import collections
a = [1, 2]
def g():
    for i in range(3):
        yield len(a)
a.extend(g()); print(a)
a = [1, 2]
a += (len(a) for _ in range(3)); print(a)
d = collections.deque([1, 2])
d.extend(len(d) for _ in range(3)); print(d)
d = collections.deque([1, 2])
d.extendleft(len(d) for _ in range(3)); print(d)
a = [1, 2, 3]
a.extend(x * 10 for x in a[:]); print(a)
a = [1, 2, 3]
try:
    a.extend(x for x in a if len(a) < 10); print(a)
except Exception as e: print(type(e).__name__, e)
d = collections.deque([1,2,3])
try:
    d.extend(d); print(d)
except Exception as e: print(type(e).__name__, e)
d = collections.deque([1,2,3])
try:
    d.extend(x for x in d); print(d)
except Exception as e: print(type(e).__name__, e)
a = [1,2]
def bad():
    yield 5
    yield 6
    raise ValueError('x')
try: a.extend(bad())
except ValueError: print(a)
a = [1,2]
try: a += bad()
except ValueError: print(a)
s = set()
b = bytearray(b'ab')
def gb():
    yield len(b)
    yield len(b)
b.extend(gb()); print(b)
