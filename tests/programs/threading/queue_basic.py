# Queue basics: FIFO order, qsize, empty, full, maxsize.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
print(q.empty())

b = queue.Queue(maxsize=2)
b.put("a")
b.put("b")
print(b.full(), b.qsize())
print(b.get(), b.full())
b.put("c")
print([b.get(), b.get()])
z = queue.Queue(0)
print(z.full())
n = queue.Queue(-1)
for i in range(100):
    n.put(i)
print(n.qsize(), n.full())
print(queue.Queue.__name__, queue.Empty.__name__, issubclass(queue.Empty, Exception))
