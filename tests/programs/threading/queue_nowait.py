# put_nowait/get_nowait raise Full/Empty instead of blocking.
import queue

q = queue.Queue(maxsize=1)
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
q.put_nowait(1)
try:
    q.put_nowait(2)
except queue.Full:
    print("Full")
try:
    q.put(3, block=False)
except queue.Full:
    print("Full again")
print(q.get_nowait())
try:
    q.get(False)
except queue.Empty as e:
    print("Empty again", repr(str(e)))
for cls in (queue.LifoQueue, queue.PriorityQueue):
    x = cls(1)
    x.put_nowait(7)
    try:
        x.put_nowait(8)
    except queue.Full:
        print(cls.__name__, "Full")
    print(x.get_nowait())
