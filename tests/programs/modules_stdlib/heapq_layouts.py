# heapq: exact list layouts after seeded random pushes, pops, replaces and heapify (including
# duplicates and objects that define only __lt__), the private max-heap helpers, and merge with
# keys, reverse, ties between inputs and empty inputs.
import heapq
import random

rng = random.Random(5)
for trial in range(6):
    h = []
    log = []
    for step in range(60):
        op = rng.random()
        v = rng.randrange(20)
        if op < 0.5 or not h:
            heapq.heappush(h, v)
        elif op < 0.7:
            log.append(heapq.heappop(h))
        elif op < 0.85:
            log.append(heapq.heapreplace(h, v))
        else:
            log.append(heapq.heappushpop(h, v))
    print(trial, h, log)
    data = [rng.randrange(50) for _ in range(rng.randrange(0, 40))]
    heapq.heapify(data)
    print('  heapify', data)
    mx = [rng.randrange(50) for _ in range(25)]
    heapq._heapify_max(mx)
    print('  max', mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 7), mx)


class OnlyLess:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return '%d%s' % (self.v, self.tag)


objs = [OnlyLess(rng.randrange(5), chr(97 + i)) for i in range(15)]
heapq.heapify(objs)
print(objs)
print([heapq.heappop(objs) for _ in range(len(objs))])
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq._heappop_max([])):
    try:
        bad()
    except IndexError as e:
        print('IndexError', e)
print(heapq.heappushpop([], 3), heapq.heappushpop([1], 3), heapq.heappushpop([5], 3))

a, b, c = [1, 3, 5, 7], [1, 2, 3, 8], []
print(list(heapq.merge(a, b, c)), list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge([4])))
words = [['apple', 'Bob', 'cat'], ['Ant', 'bee', 'Cow'], ['b']]
print(list(heapq.merge(*words, key=str.lower)))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([('z', 3), ('a', 2)], [('q', 3), ('b', 1)], key=lambda p: p[1], reverse=True)))
tagged = [[OnlyLess(i // 2, s) for i in range(6)] for s in 'xyz']
print(list(heapq.merge(*tagged)))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]),
      heapq.nsmallest(1, []), heapq.nlargest(1, [3, 9, 9], key=lambda x: -x), heapq.nsmallest(0, [1]),
      heapq.nlargest(2, 'hello', key=ord), heapq.nsmallest(10, range(4)))
