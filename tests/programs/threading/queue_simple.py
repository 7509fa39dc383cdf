# SimpleQueue: unbounded FIFO with put/get/empty/qsize and no task tracking.
import queue
import threading

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
for i in range(4):
    s.put(i)
s.put_nowait("x")
print(s.qsize(), s.empty())
print([s.get() for _ in range(4)], s.get_nowait())
try:
    s.get_nowait()
except queue.Empty:
    print("Empty")
try:
    s.get(block=False)
except queue.Empty:
    print("Empty again")
print(hasattr(s, "task_done"), hasattr(s, "join"))

got = []


def consumer():
    for _ in range(100):
        got.append(s.get())


t = threading.Thread(target=consumer)
t.start()
for i in range(100):
    s.put(i, block=True, timeout=None)
t.join()
print(got == list(range(100)))
