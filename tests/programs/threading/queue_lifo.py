# LifoQueue returns the most recent item first.
import queue

q = queue.LifoQueue()
for ch in "abcde":
    q.put(ch)
print(q.qsize())
print("".join(q.get() for _ in range(q.qsize())))
q.put(1)
q.put(2)
print(q.get())
q.put(3)
print(q.get(), q.get(), q.empty())
b = queue.LifoQueue(maxsize=3)
for i in range(3):
    b.put(i)
print(b.full(), b.queue)
print(isinstance(b, queue.Queue))
