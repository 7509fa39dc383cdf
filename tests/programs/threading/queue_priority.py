# PriorityQueue returns the smallest item first (a heap), ties broken by the tuple's next field.
import queue
import random

q = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
    q.put(item)
print([q.get() for _ in range(q.qsize())])

rng = random.Random(7)
nums = [rng.randint(0, 1000) for _ in range(300)]
for n in nums:
    q.put(n)
out = []
while not q.empty():
    out.append(q.get())
print(out == sorted(nums), len(out), out[:5], out[-3:])

# interleaved puts and gets
for n in [5, 3, 8]:
    q.put(n)
first = q.get()
q.put(1)
q.put(9)
print(first, [q.get() for _ in range(4)])


class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return self.prio < other.prio


for j in [Job(2, "two"), Job(0, "zero"), Job(1, "one")]:
    q.put(j)
print([q.get().name for _ in range(3)])
