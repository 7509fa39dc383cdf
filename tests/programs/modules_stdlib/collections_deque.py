# collections.deque: both-end operations, maxlen, rotate, errors
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), d.index(7), 8 in d, list(reversed(d)))
d.remove(7); d.insert(1, "ins"); print(d)
d.reverse(); print(d)
d.clear(); print(d, bool(d))
ring = deque(maxlen=3)
for i in range(6):
    ring.append(i)
    print(list(ring), end=" ")
print()
ring.appendleft(-1); print(ring, ring.maxlen)
ring.extend([10, 11]); print(ring)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1])[5], lambda: deque([1]).index(9)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
dq = deque("abc")
dq[1] = "B"
del dq[0]
print(dq, dq * 2, dq + deque("z"), deque(range(3)) == deque([0, 1, 2]))
try:
    dq[0:1]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(repr(deque()), repr(deque([1], maxlen=5)), deque("hello", maxlen=2))
window = deque(maxlen=3)
avgs = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)
copy = dq.copy()
copy.append("new")
print(dq, copy)
